// Reading settings onto <html> of the pages the server sends, so the first paint has them and
// no render-blocking script is needed. The app keeps a copy of the settings that paint in a
// cookie (src/client/features/settings/apply-settings.ts: settingsCookie), e.g.
// `lede-settings=dark.large.narrow.sans`; localStorage stays the truth, and the app applies it
// again once it runs. Anything odd in the cookie: that setting's default.

export const SETTINGS_COOKIE = 'lede-settings';

/** In the cookie's order: the attribute, then its allowed values, the default first. */
const CHOICES = [
  ['data-theme', ['system', 'light', 'dark', 'sepia']],
  ['data-text-size', ['medium', 'small', 'large', 'x-large']],
  ['data-line-width', ['medium', 'narrow', 'wide']],
  ['data-font', ['serif', 'sans']],
];

/** The attributes to set, from a request's Cookie header (absent, damaged: the defaults). */
export function settingsFromCookie(cookieHeader) {
  const raw = new RegExp(`(?:^|;)\\s*${SETTINGS_COOKIE}=([^;]*)`).exec(cookieHeader ?? '')?.[1];
  const values = (raw ?? '').trim().split('.');
  return CHOICES.map(([attribute, allowed], i) => [
    attribute,
    allowed.includes(values[i]) ? values[i] : allowed[0],
  ]);
}

/** The page with the settings on its <html> tag (any the page had are replaced). */
export function withSettings(html, settings) {
  return html.replace(/<html\b([^>]*)>/i, (_, attributes) => {
    const others = attributes.replace(/\s+data-(?:theme|text-size|line-width|font)="[^"]*"/g, '');
    return `<html${others}${settings.map(([a, v]) => ` ${a}="${v}"`).join('')}>`;
  });
}
