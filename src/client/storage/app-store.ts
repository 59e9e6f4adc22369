import { backupRaw, readKey, removeKey, writeKey, type WriteOutcome } from './browser-storage.ts';
import type * as ParseStore from './parse-store.ts';
import type { StoreReport } from './parse-store.ts';
import {
  EMPTY_STORE,
  LEGACY_SETTINGS_KEY,
  STORE_KEY,
  STORE_VERSION,
  type StoreData,
} from './store-data.ts';

export type StoreNotice =
  | { kind: 'unavailable' }
  | { kind: 'full' }
  /** Stored data was partly or wholly unreadable; `backedUp` says whether a copy was kept. */
  | { kind: 'repaired'; report: StoreReport; backedUp: boolean };
export type NoticeKind = StoreNotice['kind'];
/** `loaded` is false until storage has been read (and on the server): data are the defaults. */
export type StoreSnapshot = { data: StoreData; notices: readonly StoreNotice[]; loaded: boolean };
type Change = (data: StoreData) => StoreData;

/**
 * The one place that reads and writes `lede.store`. Storage is re-read on every snapshot (a
 * string comparison when nothing changed) so that other tabs' writes are seen; data that cannot
 * be saved stays in memory for the visit, with a notice, and nothing unreadable is overwritten
 * before a copy of it is kept.
 *
 * The parser (and with it zod) loads after the page, as the article schemas do, and only when
 * there is stored data to read: until it has, snapshots are the defaults with `loaded: false`
 * and changes wait in a queue.
 */
type Parser = typeof ParseStore;
let parser: Parser | null = null;
let parserRequest: Promise<void> | null = null;
const queued: Change[] = [];
const LOADING: StoreSnapshot = { data: EMPTY_STORE, notices: [], loaded: false };

let current: StoreSnapshot | null = null;
/** The stored string `current.data` was read from or last written as. */
let seenRaw: string | null = null;
/** Memory is ahead of storage (a write failed): do not re-read storage over it. */
let unsaved = false;
/** Raw data that must be backed up before the store may be overwritten. */
let pendingBackup: string | null = null;
let legacyPending = false;
/** Storage could not be read at all on the last snapshot. */
let storageMissing = false;
const dismissed = new Set<NoticeKind>();
const listeners = new Set<() => void>();

export function getStoreSnapshot(): StoreSnapshot {
  const raw = readKey(STORE_KEY);
  if (!raw.ok) {
    if (current && storageMissing) return current;
    storageMissing = true;
    const notices = withNotice({ kind: 'unavailable' });
    current = { data: current?.data ?? EMPTY_STORE, notices, loaded: true };
    return current;
  }
  storageMissing = false;
  if (current && (unsaved || raw.value === seenRaw)) return current;
  // Version 1 lived under its own key; it is read only until version 2 has been written.
  const legacy = raw.value === null ? readKey(LEGACY_SETTINGS_KEY) : null;
  const source = raw.value ?? (legacy?.ok ? legacy.value : null);
  if (source === null) {
    // Nothing stored (a first visit): nothing to validate, so no parser to load.
    seenRaw = null;
    current = { data: EMPTY_STORE, notices: current?.notices ?? [], loaded: true };
    return current;
  }
  if (!parser) {
    requestParser();
    return current ?? LOADING;
  }
  return load(raw.value, source, parser);
}

/** Apply a change to the freshest data (another tab may have written since) and save it. */
export function updateStore(change: Change): void {
  const before = getStoreSnapshot();
  if (!before.loaded) {
    queued.push(change);
    return;
  }
  const data = change(before.data);
  if (data === before.data) return;
  const outcome = persist(data);
  current = { data, notices: noticesAfter(outcome), loaded: true };
  emit();
}

export function dismissNotice(kind: NoticeKind): void {
  dismissed.add(kind);
  if (current) current = { ...current, notices: current.notices.filter((n) => n.kind !== kind) };
  emit();
}

export function subscribeStore(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Forget everything held in memory, as a fresh page load would (tests only). */
export function resetStoreForTests(): void {
  current = null;
  seenRaw = null;
  unsaved = false;
  pendingBackup = null;
  legacyPending = false;
  storageMissing = false;
  dismissed.clear();
}

function requestParser(): void {
  parserRequest ??= import('./parse-store.ts').then(
    (module) => {
      parser = module;
      const changes = queued.splice(0);
      if (changes.length > 0) updateStore((data) => changes.reduce((d, c) => c(d), data));
      else emit();
    },
    // A chunk that failed to load (offline after a deploy): the defaults stay, and the next read
    // tries again.
    () => {
      parserRequest = null;
    },
  );
}

function load(
  raw: string | null,
  source: string,
  { parseStore, needsBackup, needsRewrite }: Parser,
) {
  legacyPending = raw === null;
  const { data, report } = parseStore(source);
  seenRaw = raw;
  unsaved = false;
  let notices = current?.notices ?? [];
  if (needsBackup(report)) pendingBackup = source;
  if (needsRewrite(report) || legacyPending) notices = noticesAfter(persist(data), notices);
  if (needsBackup(report)) {
    const notice = { kind: 'repaired', report, backedUp: pendingBackup === null } as const;
    notices = withNotice(notice, notices);
  }
  current = { data, notices, loaded: true };
  return current;
}

function persist(data: StoreData): WriteOutcome {
  if (pendingBackup !== null) {
    const copied = backupRaw(pendingBackup);
    if (copied !== 'ok') {
      unsaved = true;
      return copied;
    }
    pendingBackup = null;
  }
  const raw = JSON.stringify({ version: STORE_VERSION, ...data });
  const outcome = writeKey(STORE_KEY, raw);
  unsaved = outcome !== 'ok';
  if (outcome === 'ok') {
    seenRaw = raw;
    if (legacyPending) removeKey(LEGACY_SETTINGS_KEY);
    legacyPending = false;
  }
  return outcome;
}

function noticesAfter(outcome: WriteOutcome, notices = current?.notices ?? []) {
  if (outcome === 'ok') return notices.filter((n) => n.kind !== 'full');
  return withNotice({ kind: outcome }, notices);
}

/** Add a notice once per kind (the newest replaces an older one), unless it was dismissed. */
function withNotice(notice: StoreNotice, notices = current?.notices ?? []): StoreNotice[] {
  const others = notices.filter((n) => n.kind !== notice.kind);
  return dismissed.has(notice.kind) ? others : [...others, notice];
}

function onStorage(event: StorageEvent): void {
  if (event.key !== null && event.key !== STORE_KEY) return;
  // Another tab saved: its data is now the truth, even over changes this tab could not save
  // (that needs a full store in this tab and a successful write in the other, in one visit).
  unsaved = false;
  emit();
}

function emit(): void {
  listeners.forEach((listener) => listener());
}
