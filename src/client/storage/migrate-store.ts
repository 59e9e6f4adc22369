import { STORE_VERSION } from './store-data.ts';

type Json = Record<string, unknown>;

/**
 * `MIGRATIONS[n]` turns a version-n store into version n + 1. Each step is written against the
 * old shape as it was saved, trusting nothing: the result is validated entry by entry afterwards.
 */
const MIGRATIONS: Record<number, (old: Json) => Json> = {
  // v1 was `lede.settings`: only the single-key shortcuts switch. v2 adds the reading settings
  // (left to their defaults here), bookmarks and reading positions.
  1: (v1) => ({ version: 2, settings: { shortcuts: v1.shortcuts }, bookmarks: [], progress: {} }),
};

export type Migrated =
  | { ok: true; value: Json; from: number }
  | { ok: false; reason: 'not-a-store' | 'newer' | 'unknown-version'; value: Json | null };

/** Bring a parsed store up to the current version, or say why it cannot be. */
export function migrateStore(parsed: unknown): Migrated {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, reason: 'not-a-store', value: null };
  let value = parsed as Json;
  const from = value.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    return { ok: false, reason: 'unknown-version', value };
  if (from > STORE_VERSION) return { ok: false, reason: 'newer', value };
  for (let version = from; version < STORE_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: 'unknown-version', value };
    value = step(value);
  }
  return { ok: true, value, from };
}
