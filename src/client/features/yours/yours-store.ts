import { openDB, type IDBPDatabase } from 'idb';
import { articleJson } from '../../../shared/article-json.ts';
import { ArticleSchema, type Article } from '../../../shared/article-schema.ts';
import { describeSchemaError } from '../../../shared/describe-schema-error.ts';
import { indexEntryOf } from '../../../shared/index-entry.ts';
import { IndexEntrySchema, type IndexEntry } from '../../../shared/index-schema.ts';

/**
 * The reader's own articles, in IndexedDB (localStorage is too small for whole articles and
 * blocks the page on every write). Two stores written together: `articles` keeps each article
 * file's exact bytes, so a download is the file the CLI would write; `entries` keeps its
 * library entry, so the library lists them without loading whole articles. Everything read back
 * is validated: storage is outside our control.
 *
 * When IndexedDB is unavailable (a private window, a full disk, a blocked database) an article
 * is kept in memory for the session and the reader is told so.
 */
type FileRecord = { slug: string; json: string };
type EntryRecord = { slug: string; entry: IndexEntry };

export type SavedArticle = { slug: string; persisted: boolean; problem: string | null };

export type YourArticle =
  | { status: 'ok'; article: Article; json: string; persisted: boolean }
  | { status: 'damaged'; detail: string; persisted: boolean };

export type YourList = { entries: IndexEntry[]; unreadable: number };

const DB_NAME = 'lede-yours';
const FILES = 'articles';
const ENTRIES = 'entries';
const memory = new Map<string, FileRecord & EntryRecord>();
let database: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  database ??= Promise.resolve()
    .then(() =>
      openDB(DB_NAME, 1, {
        upgrade: (db) => {
          db.createObjectStore(FILES, { keyPath: 'slug' });
          db.createObjectStore(ENTRIES, { keyPath: 'slug' });
        },
        // Another tab holds an older version open: fail instead of waiting forever.
        blocked: () => {
          database = null;
        },
      }),
    )
    .catch((error: unknown) => {
      database = null;
      throw error;
    });
  return database;
}

const openOrNull = () => open().catch(() => null);

const reason = (error: unknown) =>
  error instanceof DOMException && error.name === 'QuotaExceededError'
    ? 'the browser’s storage is full'
    : 'this browser does not allow saving here (a private window, or storage turned off)';

/** The stored file for a slug, from memory or IndexedDB (unvalidated). */
async function storedFile(db: IDBPDatabase | null, slug: string): Promise<unknown> {
  return memory.get(slug) ?? (db ? await db.get(FILES, slug).catch(() => undefined) : undefined);
}

/**
 * Store an article file as the worker wrote it (kept byte for byte). A slug already taken by a
 * different article gets "-2", "-3"…, as the CLI would if both pages were in one build; the
 * same article added twice is stored once.
 */
export async function saveYours(json: string): Promise<SavedArticle> {
  const raw: unknown = JSON.parse(json);
  const parsed = ArticleSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`the article came out invalid (${describeSchemaError(parsed.error)})`);
  const db = await openOrNull();
  const base = parsed.data.slug;
  let slug = base;
  let bytes = json;
  for (let n = 2; ; n++) {
    const existing = await storedFile(db, slug);
    if (existing === undefined || (isFileRecord(existing) && existing.json === bytes)) break;
    slug = `${base}-${n}`;
    // JSON.parse keeps the file's key order (the schema's output would not): the CLI's bytes.
    bytes = articleJson({ ...(raw as Article), slug });
  }
  const entry = indexEntryOf({ ...parsed.data, slug });
  if (db) {
    try {
      const tx = db.transaction([FILES, ENTRIES], 'readwrite');
      await Promise.all([
        tx.objectStore(FILES).put({ slug, json: bytes } satisfies FileRecord),
        tx.objectStore(ENTRIES).put({ slug, entry } satisfies EntryRecord),
        tx.done,
      ]);
      memory.delete(slug);
      return { slug, persisted: true, problem: null };
    } catch (error) {
      memory.set(slug, { slug, json: bytes, entry });
      return { slug, persisted: false, problem: reason(error) };
    }
  }
  memory.set(slug, { slug, json: bytes, entry });
  return { slug, persisted: false, problem: reason(null) };
}

export async function readYours(slug: string): Promise<YourArticle | null> {
  const persisted = !memory.has(slug);
  const record = await storedFile(persisted ? await openOrNull() : null, slug);
  if (record === undefined) return null;
  if (!isFileRecord(record))
    return { status: 'damaged', detail: 'the stored record is not an article', persisted };
  let body: unknown;
  try {
    body = JSON.parse(record.json);
  } catch {
    return { status: 'damaged', detail: 'the stored article is not valid JSON', persisted };
  }
  const parsed = ArticleSchema.safeParse(body);
  if (!parsed.success)
    return { status: 'damaged', detail: describeSchemaError(parsed.error), persisted };
  return { status: 'ok', article: parsed.data, json: record.json, persisted };
}

/** Library entries of the reader's articles; damaged ones are counted, never shown. */
export async function listYours(): Promise<YourList> {
  const db = await openOrNull();
  const stored: unknown[] = db ? await db.getAll(ENTRIES).catch(() => []) : [];
  const entries: IndexEntry[] = [];
  let unreadable = 0;
  for (const record of [...stored, ...memory.values()]) {
    const entry = isRecord(record) ? IndexEntrySchema.safeParse(record.entry) : null;
    if (entry?.success) entries.push(entry.data);
    else unreadable++;
  }
  return { entries, unreadable };
}

export async function deleteYours(slug: string): Promise<void> {
  memory.delete(slug);
  const db = await openOrNull();
  if (!db) return;
  const tx = db.transaction([FILES, ENTRIES], 'readwrite');
  await Promise.all([
    tx.objectStore(FILES).delete(slug),
    tx.objectStore(ENTRIES).delete(slug),
    tx.done,
  ]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFileRecord(value: unknown): value is FileRecord {
  return isRecord(value) && typeof value.slug === 'string' && typeof value.json === 'string';
}
