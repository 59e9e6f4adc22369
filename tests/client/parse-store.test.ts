import { describe, expect, it } from 'vitest';
import { migrateStore } from '../../src/client/storage/migrate-store.ts';
import { needsBackup, needsRewrite, parseStore } from '../../src/client/storage/parse-store.ts';
import { DEFAULT_SETTINGS } from '../../src/client/storage/store-data.ts';
import { aBookmark } from './store-fixtures.ts';

const v2 = (rest: object) => JSON.stringify({ version: 2, ...rest });

describe('migrateStore', () => {
  it('turns the v1 settings store into v2, keeping the shortcuts switch', () => {
    expect(migrateStore({ version: 1, shortcuts: false })).toEqual({
      ok: true,
      from: 1,
      value: { version: 2, settings: { shortcuts: false }, bookmarks: [], progress: {} },
    });
  });

  it.each([
    [
      { version: 2, bookmarks: [] },
      { ok: true, from: 2 },
    ],
    [{ version: 3 }, { ok: false, reason: 'newer' }],
    [{ version: 0 }, { ok: false, reason: 'unknown-version' }],
    [{ version: '2' }, { ok: false, reason: 'unknown-version' }],
    [{ bookmarks: [] }, { ok: false, reason: 'unknown-version' }],
    [[1, 2], { ok: false, reason: 'not-a-store' }],
    [null, { ok: false, reason: 'not-a-store' }],
  ])('%j → %j', (input, expected) => {
    expect(migrateStore(input)).toMatchObject(expected);
  });
});

describe('parseStore', () => {
  it('reads nothing as the defaults, with nothing to report', () => {
    const { data, report } = parseStore(null);
    expect(data).toEqual({ settings: DEFAULT_SETTINGS, bookmarks: [], progress: {} });
    expect(needsRewrite(report)).toBe(false);
  });

  it('reads damaged JSON as the defaults and asks for a backup', () => {
    const { data, report } = parseStore('{"version": 2, "bookmarks": [');
    expect(data.bookmarks).toEqual([]);
    expect(report.unreadable).toBe('not-json');
    expect(needsBackup(report)).toBe(true);
  });

  it('keeps every valid bookmark among invalid ones, and counts the rest', () => {
    const good = [aBookmark(), aBookmark({ search: '', hash: '#p3', kind: 'paragraph' })];
    const bad = [
      { ...aBookmark(), slug: 'Not A Slug' },
      { ...aBookmark(), search: 'entity=x' },
      { ...aBookmark(), label: '   ' },
      'a string',
    ];
    const { data, report } = parseStore(
      v2({ bookmarks: [bad[0], good[0], ...bad.slice(1), good[1]] }),
    );
    expect(data.bookmarks).toEqual(good);
    expect(report.dropped.bookmarks).toBe(4);
    expect(needsBackup(report)).toBe(true);
  });

  it('merges duplicate bookmarks (same view) without calling it damage', () => {
    const { data, report } = parseStore(
      v2({ bookmarks: [aBookmark(), aBookmark({ label: 'Again' })] }),
    );
    expect(data.bookmarks.map((b) => b.label)).toEqual(['Lens: Dana Ruiz']);
    expect(report.duplicates).toBe(1);
    expect([needsBackup(report), needsRewrite(report)]).toEqual([false, true]);
  });

  it('resets only the settings that are invalid', () => {
    const { data, report } = parseStore(
      v2({ settings: { theme: 'neon', textSize: 'large', shortcuts: false } }),
    );
    expect(data.settings).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 'large',
      shortcuts: false,
    });
    expect(report.dropped.settings).toBe(1);
  });

  it('keeps valid reading positions and drops impossible ones', () => {
    const at = '2025-05-01T10:00:00.000Z';
    const { data, report } = parseStore(
      v2({
        progress: {
          'a-story': { paragraphId: 'p3', position: 3, total: 9, updatedAt: at },
          'b-story': { paragraphId: 'p3', position: 12, total: 9, updatedAt: at },
          'Bad Slug': { paragraphId: 'p1', position: 1, total: 9, updatedAt: at },
        },
      }),
    );
    expect(Object.keys(data.progress)).toEqual(['a-story']);
    expect(report.dropped.progress).toBe(2);
  });

  it('keeps the reading positions of the reader’s own articles apart from the library’s', () => {
    const at = '2025-05-01T10:00:00.000Z';
    const { data, report } = parseStore(
      v2({
        progress: {
          'a-story': { paragraphId: 'p3', position: 3, total: 9, updatedAt: at },
          'yours:a-story': { paragraphId: 'p5', position: 5, total: 9, updatedAt: at },
          'yours:Bad Slug': { paragraphId: 'p1', position: 1, total: 9, updatedAt: at },
        },
      }),
    );
    expect(data.progress['a-story']?.position).toBe(3);
    expect(data.progress['yours:a-story']?.position).toBe(5);
    expect(report.dropped.progress).toBe(1);
  });

  it('keeps a bookmark of the reader’s own article as a separate bookmark from the library’s', () => {
    const { data } = parseStore(
      v2({
        bookmarks: [
          aBookmark({ slug: 'a-story' }),
          aBookmark({ slug: 'a-story', origin: 'yours' }),
        ],
      }),
    );
    expect(data.bookmarks.map((b) => b.origin ?? 'library')).toEqual(['library', 'yours']);
  });

  it('salvages what it can from a store written by a newer version', () => {
    const { data, report } = parseStore(
      JSON.stringify({ version: 7, bookmarks: [aBookmark()], somethingNew: true }),
    );
    expect(data.bookmarks).toEqual([aBookmark()]);
    expect(report.unreadable).toBe('newer');
    expect(needsBackup(report)).toBe(true);
  });
});
