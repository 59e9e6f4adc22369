/**
 * The form names are compared in: accents, curly apostrophes, a leading "the" and case do not
 * count against a match.
 */
export const matchKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .trim();

/** Every name an entity goes by (canonical name and aliases), as match keys. */
export function namesOf(e: { name: string; aliases?: string[] }): Set<string> {
  return new Set([e.name, ...(e.aliases ?? [])].map(matchKey));
}
