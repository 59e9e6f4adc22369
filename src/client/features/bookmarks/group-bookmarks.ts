import type { Bookmark } from '../../storage/store-schema.ts';

export type BookmarkGroup = { slug: string; title: string; bookmarks: Bookmark[] };

/** By article, the article saved to most recently first, and newest first within each. */
export function groupBookmarks(bookmarks: Bookmark[]): BookmarkGroup[] {
  const newestFirst = bookmarks.toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));
  const groups = new Map<string, BookmarkGroup>();
  for (const bookmark of newestFirst) {
    const group = groups.get(bookmark.slug);
    if (group) group.bookmarks.push(bookmark);
    else
      groups.set(bookmark.slug, {
        slug: bookmark.slug,
        title: bookmark.title,
        bookmarks: [bookmark],
      });
  }
  return [...groups.values()];
}
