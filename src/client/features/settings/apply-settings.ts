import { useEffect } from 'react';
import { useHydrated } from '../../app/use-hydrated.ts';
import { useSettings, type Settings } from '../../storage/settings-store.ts';
import { useStore } from '../../storage/use-store.ts';

/**
 * Settings become attributes on <html>, which the CSS keys off. src/client/boot-settings.js sets the
 * same attributes from the same storage before the first paint; this keeps them in step after
 * that (a change here, or in another tab).
 */
export const SETTING_ATTRIBUTES = {
  theme: 'data-theme',
  textSize: 'data-text-size',
  lineWidth: 'data-line-width',
  font: 'data-font',
} as const satisfies Partial<Record<keyof Settings, string>>;

export function applySettings(settings: Settings, root: HTMLElement = document.documentElement) {
  for (const [key, attribute] of Object.entries(SETTING_ATTRIBUTES))
    root.setAttribute(attribute, settings[key as keyof typeof SETTING_ATTRIBUTES]);
}

export function useApplySettings(): void {
  const settings = useSettings();
  // Until storage is read (and while hydrating) `settings` are the defaults: applying them would
  // undo what the boot script set and flash the default theme.
  const loaded = useStore((s) => s.loaded);
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated && loaded) applySettings(settings);
  }, [hydrated, loaded, settings]);
}
