import { stripDecorations } from '../clean/furniture-rules.ts';

/** "More from Politics", "More in Weird News": a related-links header that names a section. */
const MORE_FROM = /^more (?:from|in) (.{2,40}?)\s*:?$/i;

/**
 * Tabloids stack several labels above the headline ("NEWS" / "ODD NEWS" / "PET OF THE WEEK"): the
 * last is often a column's or series' badge, not the section. The related-links header at the foot
 * ("MORE FROM ODD NEWS") names the section the story is filed under; when it repeats one of the
 * labels above the headline, that label is the section. Returns it as printed above, or null.
 */
export function sectionNamedBelow(
  headTexts: string[],
  page: string[],
  sourceName: string | null,
): string | null {
  const named = page
    .map((line) => MORE_FROM.exec(stripDecorations(line))?.[1]?.toLowerCase())
    .filter((n): n is string => n !== undefined);
  if (named.length === 0) return null;
  // "More from The Harbour Post" names the site, not a section.
  const labels = headTexts
    .map((t) => stripDecorations(t))
    .filter((label) => label.toLowerCase() !== sourceName?.toLowerCase());
  return labels.find((label) => named.includes(label.toLowerCase())) ?? null;
}
