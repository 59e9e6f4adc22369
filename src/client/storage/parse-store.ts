import { SlugSchema } from '../../shared/article-schema.ts';
import { migrateStore } from './migrate-store.ts';
import { bookmarkHref, DEFAULT_SETTINGS, EMPTY_STORE, type StoreData } from './store-data.ts';
import {
  BookmarkSchema,
  ProgressSchema,
  SettingsSchema,
  type Bookmark,
  type Progress,
  type Settings,
} from './store-schema.ts';

export type StoreReport = {
  /** Why the data as a whole was not a readable store of this version; null when it was. */
  unreadable: 'not-json' | 'not-a-store' | 'newer' | 'unknown-version' | null;
  /** Entries that failed validation and were set aside (the raw data is backed up first). */
  dropped: { bookmarks: number; progress: number; settings: number };
  migratedFrom: number | null;
  duplicates: number;
};

export type ParsedStore = { data: StoreData; report: StoreReport };

/**
 * Read a stored string into valid data, keeping every entry that validates: one bad bookmark (or
 * a hand-edited setting) costs that entry, never its neighbours. Even a store from a newer or
 * unknown version is salvaged entry by entry against today's schema.
 */
export function parseStore(raw: string | null): ParsedStore {
  const report: StoreReport = {
    unreadable: null,
    dropped: { bookmarks: 0, progress: 0, settings: 0 },
    migratedFrom: null,
    duplicates: 0,
  };
  if (raw === null) return { data: EMPTY_STORE, report };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { data: EMPTY_STORE, report: { ...report, unreadable: 'not-json' } };
  }
  const migrated = migrateStore(json);
  if (migrated.ok) {
    if (migrated.from !== migrated.value.version) report.migratedFrom = migrated.from;
  } else report.unreadable = migrated.reason;
  const value = migrated.value ?? {};

  const settings = salvageSettings(value.settings, report);
  const bookmarks = salvageBookmarks(value.bookmarks, report);
  const progress = salvageProgress(value.progress, report);
  return { data: { settings, bookmarks, progress }, report };
}

/** Whether the stored string holds something that would be lost by rewriting it. */
export function needsBackup(report: StoreReport): boolean {
  const { bookmarks, progress, settings } = report.dropped;
  return report.unreadable !== null || bookmarks + progress + settings > 0;
}

/** Whether what is stored differs from the data read from it. */
export function needsRewrite(report: StoreReport): boolean {
  return needsBackup(report) || report.migratedFrom !== null || report.duplicates > 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function salvageSettings(value: unknown, report: StoreReport): Settings {
  if (value === undefined) return DEFAULT_SETTINGS;
  if (!isRecord(value)) {
    report.dropped.settings++;
    return DEFAULT_SETTINGS;
  }
  const settings = { ...DEFAULT_SETTINGS };
  // Field by field: a hand-edited theme must not reset the font size too. A missing field (an
  // older version's store) simply takes its default.
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (value[key] === undefined) continue;
    const field = SettingsSchema.shape[key].safeParse(value[key]);
    if (field.success) Object.assign(settings, { [key]: field.data });
    else report.dropped.settings++;
  }
  return settings;
}

function salvageBookmarks(value: unknown, report: StoreReport): Bookmark[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report.dropped.bookmarks++;
    return [];
  }
  const seen = new Set<string>();
  const kept: Bookmark[] = [];
  for (const entry of value) {
    const parsed = BookmarkSchema.safeParse(entry);
    if (!parsed.success) report.dropped.bookmarks++;
    else if (seen.has(bookmarkHref(parsed.data))) report.duplicates++;
    else {
      seen.add(bookmarkHref(parsed.data));
      kept.push(parsed.data);
    }
  }
  return kept;
}

function salvageProgress(value: unknown, report: StoreReport): Record<string, Progress> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    report.dropped.progress++;
    return {};
  }
  const kept: Record<string, Progress> = {};
  for (const [slug, entry] of Object.entries(value)) {
    const parsed = ProgressSchema.safeParse(entry);
    // Keys are slugs, or `yours:` + slug for the reader's own articles (paths.ts progressKey).
    const keySlug = slug.startsWith('yours:') ? slug.slice('yours:'.length) : slug;
    if (SlugSchema.safeParse(keySlug).success && parsed.success) kept[slug] = parsed.data;
    else report.dropped.progress++;
  }
  return kept;
}
