import { updateStore } from './app-store.ts';
import { bookmarkHref } from './store-data.ts';
import type { Bookmark } from './store-schema.ts';
import { useStore } from './use-store.ts';

export { bookmarkHref } from './store-data.ts';
export type { Bookmark } from './store-schema.ts';

export function useBookmarks(): Bookmark[] {
  return useStore((s) => s.data.bookmarks);
}

/** Whether the view at `href` (path + search + hash) is bookmarked. */
export function useIsBookmarked(href: string): boolean {
  return useStore((s) => s.data.bookmarks.some((b) => bookmarkHref(b) === href));
}

/** Add a bookmark, or remove it when that view is already bookmarked. */
export function toggleBookmark(bookmark: Bookmark): 'added' | 'removed' {
  let result: 'added' | 'removed' = 'added';
  updateStore((data) => {
    const href = bookmarkHref(bookmark);
    const kept = data.bookmarks.filter((b) => bookmarkHref(b) !== href);
    result = kept.length < data.bookmarks.length ? 'removed' : 'added';
    return { ...data, bookmarks: result === 'removed' ? kept : [...data.bookmarks, bookmark] };
  });
  return result;
}

export function removeBookmark(href: string): void {
  updateStore((data) => ({
    ...data,
    bookmarks: data.bookmarks.filter((b) => bookmarkHref(b) !== href),
  }));
}

export function renameBookmark(href: string, label: string): void {
  updateStore((data) => ({
    ...data,
    bookmarks: data.bookmarks.map((b) => (bookmarkHref(b) === href ? { ...b, label } : b)),
  }));
}

/**
 * Add bookmarks that are not here yet (an undo, an import). A bookmark of a view that is
 * already bookmarked is a duplicate: the one here, perhaps renamed, is kept.
 */
export function mergeBookmarks(incoming: Bookmark[]): { added: number; duplicates: number } {
  let added = 0;
  updateStore((data) => {
    const hrefs = new Set(data.bookmarks.map(bookmarkHref));
    const fresh = incoming.filter((b) => {
      const href = bookmarkHref(b);
      if (hrefs.has(href)) return false;
      hrefs.add(href);
      return true;
    });
    added = fresh.length;
    return fresh.length === 0 ? data : { ...data, bookmarks: [...data.bookmarks, ...fresh] };
  });
  return { added, duplicates: incoming.length - added };
}
