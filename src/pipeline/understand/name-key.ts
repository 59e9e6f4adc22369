import { PARTICLES } from './lexicon.ts';

/** Case-, accent- and apostrophe-insensitive key; a leading "The" does not change what is named. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function nameWords(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

const SKIP_IN_INITIALS = new Set([
  'of',
  'for',
  'the',
  'and',
  'on',
  'in',
  '&',
  'at',
  'to',
  ...PARTICLES,
]);

/**
 * Initials an acronym would use: "World Trade Organization" → WTO, "The Associated Press" → AP.
 * Returns the plain form and, when the name opens with a place ("U.S. National Security Council"),
 * the form without it (NSC), since acronyms usually leave the country out.
 */
export function initialsOf(name: string, startsWithPlace: boolean): string[] {
  const all = nameWords(name.replace(/^the\s+/i, ''));
  const words = all.filter((w) => !SKIP_IN_INITIALS.has(w.toLowerCase()));
  if (words.length < 2) return [];
  // "Bureau des élections" → BE, not BÉ.
  const letters = (ws: string[]) =>
    ws
      .map((w) =>
        w
          .normalize('NFD')
          .replace(/[^\p{L}]/gu, '')
          .charAt(0)
          .toUpperCase(),
      )
      .join('');
  const forms = [letters(words)];
  if (startsWithPlace && words.length > 2) forms.push(letters(words.slice(1)));
  // "Coalition des quartiers (CDQ)": Romance acronyms may keep the particle's letter.
  const withParticles = all.filter(
    (w) => PARTICLES.has(w) || !SKIP_IN_INITIALS.has(w.toLowerCase()),
  );
  if (withParticles.length > words.length) forms.push(letters(withParticles));
  // "Crown-Indigenous Relations … (CIRNAC)": each part of a hyphenated word may give a letter.
  const parts = words.flatMap((w) => w.split('-').filter(Boolean));
  if (parts.length > words.length) forms.push(letters(parts));
  return forms;
}

/** "U.S." and "US" are the same acronym. */
export function acronymKey(surface: string): string {
  return surface.replace(/\./g, '').toUpperCase();
}

export function isAcronym(surface: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]{1,6}$/u.test(surface);
}
