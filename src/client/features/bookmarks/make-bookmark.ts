import type { Bookmark } from '../../storage/bookmarks-store.ts';

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * A bookmark from what the page knows, valid by construction (the store's schema, which loads
 * lazily, would set an invalid one aside on the next read): an odd #fragment typed by hand is
 * left out, an overlong label or title clipped.
 */
export function makeBookmark(fields: Omit<Bookmark, 'createdAt'>): Bookmark {
  return {
    ...fields,
    search: fields.search.length <= 2000 ? fields.search : '',
    hash: /^(#[\w-]+)?$/.test(fields.hash) ? fields.hash : '',
    label: clip(fields.label.trim() || 'Bookmark', 200),
    title: clip(fields.title, 500),
    createdAt: new Date().toISOString(),
  };
}
