// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applySettings,
  SETTING_ATTRIBUTES,
} from '../../src/client/features/settings/apply-settings.ts';
import { DEFAULT_SETTINGS, STORE_KEY } from '../../src/client/storage/store-data.ts';

// src/client/boot-settings.js (shipped as /boot-settings.js) runs before the app, as a plain script: run its text the same way.
const bootScript = readFileSync(path.resolve('src/client/boot-settings.js'), 'utf8');
const boot = () => new Function(bootScript)();
const attributes = () =>
  Object.fromEntries(
    Object.values(SETTING_ATTRIBUTES).map((a) => [a, document.documentElement.getAttribute(a)]),
  );

beforeEach(() => {
  localStorage.clear();
  for (const attribute of Object.values(SETTING_ATTRIBUTES))
    document.documentElement.removeAttribute(attribute);
});

describe('the boot script', () => {
  it('sets the same attributes as the app, from the same stored settings', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      theme: 'sepia',
      textSize: 'x-large',
      lineWidth: 'narrow',
      font: 'sans',
    } as const;
    localStorage.setItem(STORE_KEY, JSON.stringify({ version: 2, settings, bookmarks: [] }));
    boot();
    const fromBoot = attributes();
    applySettings(DEFAULT_SETTINGS);
    applySettings(settings);
    expect(fromBoot).toEqual(attributes());
    expect(fromBoot).toEqual({
      'data-theme': 'sepia',
      'data-text-size': 'x-large',
      'data-line-width': 'narrow',
      'data-font': 'sans',
    });
  });

  it.each([
    ['nothing stored', null],
    ['damaged JSON', '{"version": 2, "settings": {'],
    ['unknown values', JSON.stringify({ version: 2, settings: { theme: 'neon', font: 42 } })],
    ['another version', JSON.stringify({ version: 9, settings: { theme: 'dark' } })],
  ])('falls back to the defaults on %s', (_, raw) => {
    if (raw !== null) localStorage.setItem(STORE_KEY, raw);
    boot();
    const fromBoot = attributes();
    applySettings(DEFAULT_SETTINGS);
    expect(fromBoot).toEqual(attributes());
  });
});
