import { useEffect } from 'react';
import { useHydrated } from '../../app/use-hydrated.ts';
import { DEFAULT_SETTINGS } from '../../storage/store-data.ts';
import { useSettings, type Settings } from '../../storage/settings-store.ts';
import { useStore } from '../../storage/use-store.ts';

/**
 * Settings become attributes on <html>, which the CSS keys off. The server writes the same
 * attributes into the page it sends (scripts/page-settings.mjs), from the cookie kept below, so
 * the first paint already has them; this keeps them in step after that (a change here, or in
 * another tab) and sets them where the server could not (a page from the offline cache).
 */
export const SETTING_ATTRIBUTES = {
  theme: 'data-theme',
  textSize: 'data-text-size',
  lineWidth: 'data-line-width',
  font: 'data-font',
} as const satisfies Partial<Record<keyof Settings, string>>;
type PaintSetting = keyof typeof SETTING_ATTRIBUTES;
const PAINT_SETTINGS = Object.keys(SETTING_ATTRIBUTES) as PaintSetting[];

export function applySettings(settings: Settings, root: HTMLElement = document.documentElement) {
  for (const key of PAINT_SETTINGS) root.setAttribute(SETTING_ATTRIBUTES[key], settings[key]);
}

/**
 * A copy of the settings that paint, for the server: `lede-settings=dark.large.narrow.sans`
 * (the values of SETTING_ATTRIBUTES' keys, in that order). localStorage stays the truth; the
 * cookie only lets the server paint the first frame right. Defaults need no cookie.
 */
export const SETTINGS_COOKIE = 'lede-settings';

export function settingsCookie(settings: Settings): string {
  const value = PAINT_SETTINGS.map((key) => settings[key]);
  return PAINT_SETTINGS.every((key) => settings[key] === DEFAULT_SETTINGS[key])
    ? `${SETTINGS_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
    : `${SETTINGS_COOKIE}=${value.join('.')}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

export function useApplySettings(): void {
  const settings = useSettings();
  // Until storage is read (and while hydrating) `settings` are the defaults: applying them would
  // undo what the server set and flash the default theme.
  const loaded = useStore((s) => s.loaded);
  const hydrated = useHydrated();
  useEffect(() => {
    if (!hydrated || !loaded) return;
    applySettings(settings);
    // Also on load: a cookie lost or older than the stored settings is put right for next time.
    document.cookie = settingsCookie(settings);
  }, [hydrated, loaded, settings]);
}
