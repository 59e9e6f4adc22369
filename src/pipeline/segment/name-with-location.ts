import type { Unit } from '../01-clean.ts';
import { AFFILIATION } from './parse-byline.ts';
import { isNameList } from './find-name-line.ts';
import { readMetadata } from './read-metadata.ts';

/** "<names> in <Place>": the place is one to three capitalised words. */
const NAME_IN_PLACE =
  /^(.{3,80}?)\s+in\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})$/u;
const MAX_LINE = 120;

export type LocatedName = { index: number; byline: string };

/**
 * "Ana Ruiz in Geneva" right above or below the date line: a correspondent's byline that says
 * where the story was filed, without "By". The shape alone could be a kicker or a short headline
 * ("Rovers in Madrid"), so it counts only as a header line next to a date line, with names that
 * are person-shaped (two to four capitalised words, no outlet word). Returns the line and the
 * names without the place, or null.
 */
export function nameWithLocation(units: Unit[], open: boolean[], end: number): LocatedName | null {
  const lines = [...Array(end).keys()].filter((i) => open[i]);
  for (const [k, i] of lines.entries()) {
    const text = units[i]!.text.trim();
    if (text.length > MAX_LINE) continue;
    const match = NAME_IN_PLACE.exec(text);
    const names = match?.[1]!.trim();
    if (!names || !isNameList(names) || AFFILIATION.test(names)) continue;
    const isDateLine = (j: number | undefined) =>
      j !== undefined && readMetadata(units[j]!.text, true).date !== null;
    if (isDateLine(lines[k - 1]) || isDateLine(lines[k + 1])) return { index: i, byline: names };
  }
  return null;
}
