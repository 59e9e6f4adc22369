import { updateStore } from './app-store.ts';
import type { Settings } from './store-schema.ts';
import { useStore } from './use-store.ts';

export type { Settings } from './store-schema.ts';

/** Reading settings and the shortcuts switch, kept in the one store (`lede.store`). */
export function useSettings(): Settings {
  return useStore((s) => s.data.settings);
}

export function updateSettings(change: Partial<Settings>): void {
  updateStore((data) => {
    const settings = { ...data.settings, ...change };
    const same = (Object.keys(settings) as (keyof Settings)[]).every(
      (key) => settings[key] === data.settings[key],
    );
    return same ? data : { ...data, settings };
  });
}
