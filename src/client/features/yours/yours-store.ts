import { openDB, type IDBPDatabase } from 'idb';
import { articleJson } from '../../../shared/article-json.ts';
import { ArticleSchema, type Article } from '../../../shared/article-schema.ts';
import { describeSchemaError } from '../../../shared/describe-schema-error.ts';
import { indexEntryOf } from '../../../shared/index-entry.ts';
import { IndexEntrySchema, type IndexEntry } from '../../../shared/index-schema.ts';

/**
 * The reader's own articles, in IndexedDB (localStorage is too small for whole articles and
 * blocks the page on every write). Each record keeps the article file's exact bytes, so a
 * download is the file the CLI would write, and its library entry, so listing them needs no
 * parsing of whole articles. Everything read back is validated: storage is outside our control.
 *
 * When IndexedDB is unavailable (a private window, a full disk, a blocked database) an article
 * is kept in memory for the session and the reader is told so.
 */
export type YourRecord = { slug: string; json: string; entry: IndexEntry; addedAt: string };

export type SavedArticle = { slug: string; persisted: boolean; problem: string | null };

export type YourArticle =
  | { status: 'ok'; article: Article; json: string; persisted: boolean }
  | { status: 'damaged'; detail: string; persisted: boolean };

export type YourList = { entries: IndexEntry[]; unreadable: number; problem: string | null };

const DB_NAME = 'lede-yours';
const STORE = 'articles';
const memory = new Map<string, YourRecord>();
let database: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  database ??= Promise.resolve()
    .then(() =>
      openDB(DB_NAME, 1, {
        upgrade: (db) => void db.createObjectStore(STORE, { keyPath: 'slug' }),
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

const reason = (error: unknown) =>
  error instanceof DOMException && error.name === 'QuotaExceededError'
    ? 'the browser’s storage is full'
    : 'this browser does not allow saving here (a private window, or storage turned off)';

/**
 * Store an article file as the worker wrote it (kept byte for byte). A slug already taken by a
 * different article gets "-2", "-3"…, as the CLI would if both pages were in one build.
 */
export async function saveYours(json: string): Promise<SavedArticle> {
  const raw: unknown = JSON.parse(json);
  const parsed = ArticleSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`the article came out invalid (${describeSchemaError(parsed.error)})`);
  const db = await open().catch(() => null);
  const stored = db ? ((await db.getAll(STORE).catch(() => [])) as unknown[]) : [];
  const taken = new Map<string, string>();
  for (const record of [...stored, ...memory.values()]) {
    if (isRecordShape(record)) taken.set(record.slug, record.json);
  }
  const base = parsed.data.slug;
  let slug = base;
  let bytes = json;
  // JSON.parse keeps the file's key order (the schema's output would not): same bytes as the CLI.
  for (let n = 2; taken.has(slug) && taken.get(slug) !== bytes; n++) {
    slug = `${base}-${n}`;
    bytes = articleJson({ ...(raw as Article), slug });
  }
  const record: YourRecord = {
    slug,
    json: bytes,
    entry: indexEntryOf({ ...parsed.data, slug }),
    addedAt: new Date().toISOString(),
  };
  if (!db) {
    memory.set(slug, record);
    return { slug, persisted: false, problem: reason(null) };
  }
  try {
    await db.put(STORE, record);
    memory.delete(slug);
    return { slug, persisted: true, problem: null };
  } catch (error) {
    memory.set(slug, record);
    return { slug, persisted: false, problem: reason(error) };
  }
}

export async function readYours(slug: string): Promise<YourArticle | null> {
  const kept = memory.get(slug);
  let record: unknown = kept;
  if (!kept) {
    const db = await open().catch(() => null);
    record = db ? await db.get(STORE, slug).catch(() => undefined) : undefined;
  }
  if (record === undefined) return null;
  const persisted = !kept;
  if (!isRecordShape(record))
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

export async function listYours(): Promise<YourList> {
  let problem: string | null = null;
  let stored: unknown[] = [];
  try {
    stored = await (await open()).getAll(STORE);
  } catch (error) {
    problem = reason(error);
  }
  const entries: IndexEntry[] = [];
  let unreadable = 0;
  for (const record of [...stored, ...memory.values()]) {
    const entry = isRecordShape(record) ? IndexEntrySchema.safeParse(record.entry) : null;
    if (entry?.success) entries.push(entry.data);
    else unreadable++;
  }
  return { entries, unreadable, problem };
}

export async function deleteYours(slug: string): Promise<void> {
  memory.delete(slug);
  const db = await open().catch(() => null);
  await db?.delete(STORE, slug);
}

function isRecordShape(value: unknown): value is YourRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.slug === 'string' && typeof record.json === 'string';
}
