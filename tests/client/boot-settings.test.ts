// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { settingsFromCookie, withSettings } from '../../scripts/page-settings.mjs';
import {
  applySettings,
  SETTING_ATTRIBUTES,
  SETTINGS_COOKIE,
  settingsCookie,
  useApplySettings,
} from '../../src/client/features/settings/apply-settings.ts';
import {
  DEFAULT_SETTINGS,
  FONTS,
  LINE_WIDTHS,
  STORE_VERSION,
  TEXT_SIZES,
  THEMES,
} from '../../src/client/storage/store-data.ts';
import type { Settings } from '../../src/client/storage/store-schema.ts';
import { freshStorage, seedStore } from './store-fixtures.ts';

// The settings reach the first paint without a script: the app mirrors them into a cookie
// (settingsCookie), and the server (scripts/serve.mjs, through scripts/page-settings.mjs) writes
// them onto <html> of the page it sends. These tests run that round trip the way the browser
// and the server do, and compare the page's <html> with what the app itself sets.

/** The Cookie header a browser sends after `document.cookie = cookie` (null: no cookie). */
function headerAfter(cookie: string): string | undefined {
  const [pair, ...attributes] = cookie.split('; ');
  expect(attributes).toContain('Path=/');
  if (attributes.includes('Max-Age=0')) return undefined;
  return `other=1; ${pair}; more=2`;
}

/** The <html> attributes of a page as the server sends it to a browser with this header. */
function servedAttributes(cookieHeader: string | undefined) {
  const page = withSettings(
    '<!doctype html>\n<html lang="en">\n<head></head><body></body></html>',
    settingsFromCookie(cookieHeader),
  );
  const root = new DOMParser().parseFromString(page, 'text/html').documentElement;
  expect(root.getAttribute('lang')).toBe('en');
  return attributesOf(root);
}

function attributesOf(root: HTMLElement) {
  return Object.fromEntries(
    Object.values(SETTING_ATTRIBUTES).map((a) => [a, root.getAttribute(a)]),
  );
}

/** What the app sets for these settings, on a fresh element. */
function appliedAttributes(settings: Settings) {
  const root = document.createElement('html');
  applySettings(settings, root);
  return attributesOf(root);
}

const EVERY_SETTING: Settings[] = THEMES.flatMap((theme) =>
  TEXT_SIZES.flatMap((textSize) =>
    LINE_WIDTHS.flatMap((lineWidth) =>
      FONTS.map((font) => ({ ...DEFAULT_SETTINGS, theme, textSize, lineWidth, font })),
    ),
  ),
);

describe('settings before the first paint, through the cookie the server reads', () => {
  it.each(EVERY_SETTING.map((s) => [`${s.theme} ${s.textSize} ${s.lineWidth} ${s.font}`, s]))(
    'the page the server sends has the attributes the app sets: %s',
    (_, settings) => {
      expect(servedAttributes(headerAfter(settingsCookie(settings)))).toEqual(
        appliedAttributes(settings),
      );
    },
  );

  it('keeps no cookie for the defaults, and the server paints the defaults without one', () => {
    expect(settingsCookie(DEFAULT_SETTINGS)).toMatch(
      new RegExp(`^${SETTINGS_COOKIE}=; .*Max-Age=0`),
    );
    expect(servedAttributes(undefined)).toEqual(appliedAttributes(DEFAULT_SETTINGS));
  });

  it('keeps the cookie small and for the whole site', () => {
    const cookie = settingsCookie({
      ...DEFAULT_SETTINGS,
      theme: 'sepia',
      textSize: 'x-large',
      lineWidth: 'narrow',
      font: 'sans',
    });
    expect(cookie).toBe(
      `${SETTINGS_COOKIE}=sepia.x-large.narrow.sans; Path=/; Max-Age=31536000; SameSite=Lax`,
    );
  });

  it.each([
    ['no Cookie header', undefined],
    ['other cookies only', 'a=1; b=2'],
    ['a cookie whose name only ends the same', `x${SETTINGS_COOKIE}=dark.large.narrow.sans`],
    ['an empty value', `${SETTINGS_COOKIE}=`],
    ['unknown values', `${SETTINGS_COOKIE}=neon.42.huge.comic`],
    ['markup', `${SETTINGS_COOKIE}=dark"><script>alert(1)</script>`],
  ])('paints the defaults for %s', (_, header) => {
    expect(servedAttributes(header)).toEqual(appliedAttributes(DEFAULT_SETTINGS));
  });

  it('falls back setting by setting: one unknown value costs only itself', () => {
    expect(servedAttributes(`${SETTINGS_COOKIE}=dark.huge.narrow`)).toEqual({
      'data-theme': 'dark',
      'data-text-size': 'medium',
      'data-line-width': 'narrow',
      'data-font': 'serif',
    });
  });

  it('replaces settings a page already carries instead of repeating them', () => {
    const page = withSettings(
      '<html lang="en" data-theme="light" data-font="sans">',
      settingsFromCookie(`${SETTINGS_COOKIE}=dark.medium.medium.serif`),
    );
    expect(page).toBe(
      '<html lang="en" data-theme="dark" data-text-size="medium" data-line-width="medium" data-font="serif">',
    );
  });
});

describe('the app keeps the cookie in step with the stored settings', () => {
  beforeEach(() => {
    freshStorage();
    document.cookie = `${SETTINGS_COOKIE}=; Path=/; Max-Age=0`;
    for (const attribute of Object.values(SETTING_ATTRIBUTES))
      document.documentElement.removeAttribute(attribute);
  });

  it('writes the stored settings to the cookie and to <html> once storage is read', async () => {
    const settings = { ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large' } as const;
    seedStore({ version: STORE_VERSION, settings, bookmarks: [], progress: {} });
    renderHook(() => useApplySettings());
    await waitFor(() => expect(document.cookie).toBe(`${SETTINGS_COOKIE}=dark.large.medium.serif`));
    expect(attributesOf(document.documentElement)).toEqual(appliedAttributes(settings));
    // What the server makes of that cookie is what the app has just set.
    expect(servedAttributes(document.cookie)).toEqual(attributesOf(document.documentElement));
  });

  it('drops a stale cookie when nothing is stored (the defaults)', async () => {
    document.cookie = `${SETTINGS_COOKIE}=sepia.small.wide.sans; Path=/`;
    renderHook(() => useApplySettings());
    await waitFor(() => expect(document.cookie).toBe(''));
    expect(attributesOf(document.documentElement)).toEqual(appliedAttributes(DEFAULT_SETTINGS));
  });
});
