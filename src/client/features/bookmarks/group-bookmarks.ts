import { articlePath } from '../../app/paths.ts';
import type { Bookmark } from '../../storage/store-schema.ts';

/** One article's bookmarks; `path` is the article's page, which also identifies the group. */
export type BookmarkGroup = { path: string; yours: boolean; title: string; bookmarks: Bookmark[] };

/** By article, the article saved to most recently first, and newest first within each. */
export function groupBookmarks(bookmarks: Bookmark[]): BookmarkGroup[] {
  const newestFirst = bookmarks.toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));
  const groups = new Map<string, BookmarkGroup>();
  for (const bookmark of newestFirst) {
    // A library article and one of the reader's own may share a slug: the path tells them apart.
    const path = articlePath(bookmark.origin ?? 'library', bookmark.slug);
    const group = groups.get(path);
    if (group) group.bookmarks.push(bookmark);
    else
      groups.set(path, {
        path,
        yours: bookmark.origin === 'yours',
        title: bookmark.title,
        bookmarks: [bookmark],
      });
  }
  return [...groups.values()];
}
