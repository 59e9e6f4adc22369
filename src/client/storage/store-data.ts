import { articlePath } from '../app/paths.ts';
import type { Bookmark, Progress, Settings } from './store-schema.ts';

/**
 * What Lede keeps in the browser: reading settings, bookmarks and reading positions, in ONE
 * versioned localStorage entry. Version 1 was the settings-only `lede.settings` entry (the
 * keyboard-shortcuts switch); version 2 folds it into `lede.store`. The server paints the
 * settings' values below from a cookie (scripts/page-settings.mjs lists them too): change them
 * together (tests/client/boot-settings.test.ts tries every combination).
 *
 * This module holds no schema: zod loads with the store's parser, after the page (app-store.ts).
 */
export const STORE_VERSION = 2;
export const STORE_KEY = 'lede.store';
export const LEGACY_SETTINGS_KEY = 'lede.settings';
/** Unreadable data is copied here (one key per copy) before the store is repaired. */
export const BACKUP_KEY_PREFIX = 'lede.store.backup.';

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const FONTS = ['serif', 'sans'] as const;

export const DEFAULT_SETTINGS: Settings = {
  shortcuts: true,
  theme: 'system',
  textSize: 'medium',
  lineWidth: 'medium',
  font: 'serif',
};

export type StoreData = {
  settings: Settings;
  bookmarks: Bookmark[];
  progress: Record<string, Progress>;
};

export const EMPTY_STORE: StoreData = { settings: DEFAULT_SETTINGS, bookmarks: [], progress: {} };

/** The identity of a bookmark is the URL it restores: two bookmarks of one view are one. */
export function bookmarkHref(b: Pick<Bookmark, 'slug' | 'origin' | 'search' | 'hash'>): string {
  return `${articlePath(b.origin ?? 'library', b.slug)}${b.search}${b.hash}`;
}
