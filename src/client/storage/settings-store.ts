import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';

/**
 * Reader settings in localStorage, validated on read. Storage that is missing (private mode,
 * blocked), full or corrupt never breaks the app: reads fall back to defaults and writes that
 * fail keep the value in memory for this visit.
 */
const KEY = 'lede.settings';
const SettingsSchema = z.object({ version: z.literal(1), shortcuts: z.boolean() });
export type Settings = Omit<z.infer<typeof SettingsSchema>, 'version'>;
const DEFAULTS: Settings = { shortcuts: true };

let memory: Settings | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read(): Settings {
  if (memory) return memory;
  try {
    const raw = storage()?.getItem(KEY);
    const parsed = raw ? SettingsSchema.safeParse(JSON.parse(raw)) : null;
    memory = parsed?.success ? { shortcuts: parsed.data.shortcuts } : DEFAULTS;
  } catch {
    memory = DEFAULTS;
  }
  return memory;
}

export function updateSettings(change: Partial<Settings>): void {
  memory = { ...read(), ...change };
  try {
    storage()?.setItem(KEY, JSON.stringify({ version: 1, ...memory }));
  } catch {
    // Quota or blocked storage: the in-memory value still applies for this visit.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return;
    memory = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, read, () => DEFAULTS);
}
