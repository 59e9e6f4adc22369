import { BACKUP_KEY_PREFIX } from './store-data.ts';

export type WriteOutcome = 'ok' | 'full' | 'unavailable';

/**
 * localStorage, or null where the browser refuses it: with site data blocked (and in some
 * private modes) merely reading `window.localStorage` throws.
 */
function browserStorage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/** `{ ok: false }` when storage cannot be read at all, as opposed to a key that is not set. */
export function readKey(key: string): { ok: true; value: string | null } | { ok: false } {
  const storage = browserStorage();
  if (!storage) return { ok: false };
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch {
    return { ok: false };
  }
}

export function writeKey(key: string, value: string): WriteOutcome {
  const storage = browserStorage();
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, value);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

export function removeKey(key: string): void {
  try {
    browserStorage()?.removeItem(key);
  } catch {
    // Nothing to do: the key stays, and is read as what it is next time.
  }
}

/**
 * Keep a copy of data the app could not fully read, under its own key, before the store is
 * rewritten. The same data is copied once however often it is loaded (two tabs, reloads).
 */
export function backupRaw(raw: string): WriteOutcome {
  const storage = browserStorage();
  if (!storage) return 'unavailable';
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(BACKUP_KEY_PREFIX) && storage.getItem(key) === raw) return 'ok';
    }
  } catch {
    return 'unavailable';
  }
  return writeKey(`${BACKUP_KEY_PREFIX}${new Date().toISOString()}`, raw);
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}
