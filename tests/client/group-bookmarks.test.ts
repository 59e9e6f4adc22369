import { describe, expect, it } from 'vitest';
import { groupBookmarks } from '../../src/client/features/bookmarks/group-bookmarks.ts';
import { bookmarkHref } from '../../src/client/storage/store-data.ts';
import { aBookmark } from './store-fixtures.ts';

describe('groupBookmarks', () => {
  it('groups by article, telling a library article from the reader’s own with the same slug', () => {
    const groups = groupBookmarks([
      aBookmark({ slug: 'a-story', title: 'Library copy', createdAt: '2025-05-01T10:00:00.000Z' }),
      aBookmark({
        slug: 'a-story',
        origin: 'yours',
        title: 'My copy',
        createdAt: '2025-05-02T10:00:00.000Z',
      }),
    ]);
    expect(groups.map((g) => [g.path, g.yours, g.title])).toEqual([
      ['/yours/a-story', true, 'My copy'],
      ['/articles/a-story', false, 'Library copy'],
    ]);
  });

  it('links each bookmark to the page it was made on', () => {
    expect(
      bookmarkHref({ slug: 'a-story', origin: 'yours', search: '?entity=x', hash: '#p2' }),
    ).toBe('/yours/a-story?entity=x#p2');
    expect(bookmarkHref({ slug: 'a-story', search: '', hash: '' })).toBe('/articles/a-story');
  });
});
