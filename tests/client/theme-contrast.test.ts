import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The colour variables of every theme, read from global.css as written: `light-dark(a, b)` in
 * :root gives light and dark, and the sepia block overrides the light values.
 */
const css = readFileSync(new URL('../../src/client/styles/global.css', import.meta.url), 'utf8');
function block(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in global.css`);
  return css.slice(start, css.indexOf('}', start));
}
function colours(text: string, pick: 0 | 1): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    const pair = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(value!.trim());
    if (pair) found[name!] = pair[pick + 1]!;
    else if (/^#[0-9a-f]{6}$/i.test(value!.trim())) found[name!] = value!.trim();
  }
  return found;
}
const root = block(':root');
const themes = {
  light: colours(root, 0),
  dark: colours(root, 1),
  sepia: { ...colours(root, 0), ...colours(block(":root[data-theme='sepia']"), 0) },
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const types = ['person', 'org', 'place', 'other'];
/** [text, background, minimum]: body text 7:1 (AAA), muted and dimmed text and links 4.5:1. */
const PAIRS: [string, string, number][] = [
  ['--text', '--bg', 7],
  ['--text', '--surface', 7],
  ['--text', '--mark', 7],
  ['--bg', '--text', 7], // the undo toast
  ...types.flatMap((t): [string, string, number][] => [
    [`--${t}-ink`, `--${t}-tint`, 7], // an active lens mention is body text
    ['--text', `--${t}-tint`, 7],
    [`--${t}-ink`, '--bg', 4.5],
    [`--${t}-ink`, '--surface', 4.5],
  ]),
  ['--text-muted', '--bg', 4.5],
  ['--text-muted', '--surface', 4.5],
  ['--text-dim', '--bg', 4.5],
  ['--accent', '--bg', 4.5],
  ['--accent', '--surface', 4.5],
  ['--bg', '--accent', 4.5], // pressed buttons
];

describe.each(Object.entries(themes))('the %s theme', (_, theme) => {
  it.each(PAIRS)('%s on %s is at least %s:1', (fg, bg, minimum) => {
    expect(theme[fg], fg).toBeDefined();
    expect(theme[bg], bg).toBeDefined();
    expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(minimum);
  });
});
