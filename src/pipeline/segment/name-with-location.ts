import type { Unit } from '../01-clean.ts';
import { AFFILIATION } from './parse-byline.ts';
import { isNameList } from './find-name-line.ts';
import { readMetadata } from './read-metadata.ts';

/**
 * "<names> in <Place>", or "<names> at <Venue>" (a sports reporter at the ground): the place is
 * one to three capitalised words. Or the place set off by a bar: "Ana Ruiz | Mexico City".
 */
const NAME_IN_PLACE =
  /^(.{3,80}?)\s+(?:in|at|[|·•])\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})$/u;
/** A dateline's place on a line of its own, in capitals as datelines print it: "GENEVA", "NEW DELHI". */
const PLACE_LINE = /^\p{Lu}[\p{Lu}\p{M}'’.-]{2,}(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,2}$/u;
const MAX_LINE = 120;

export type LocatedName = { index: number; byline: string };

/**
 * "Ana Ruiz in Geneva" right above or below the date line: a correspondent's byline that says
 * where the story was filed, without "By". The shape alone could be a kicker or a short headline
 * ("Rovers in Madrid"), so it counts only as a header line next to a date line, with names that
 * are person-shaped (two to four capitalised words, no outlet word). The place may also stand on
 * a line of its own between the names and the date line ("Ana Ruiz and Tom Hale / GENEVA /
 * Updated: …"). Returns the line and the names without the place, or null.
 */
export function nameWithLocation(units: Unit[], open: boolean[], end: number): LocatedName | null {
  const lines = [...Array(end).keys()].filter((i) => open[i]);
  for (const [k, i] of lines.entries()) {
    const text = units[i]!.text.trim();
    if (text.length > MAX_LINE) continue;
    const isDateLine = (j: number | undefined) =>
      j !== undefined && readMetadata(units[j]!.text, true).date !== null;
    const isPlaceLine = (j: number | undefined) =>
      j !== undefined && PLACE_LINE.test(units[j]!.text.trim());
    if (isPersonNames(text) && isPlaceLine(lines[k + 1]) && isDateLine(lines[k + 2]))
      return { index: i, byline: text };
    const names = NAME_IN_PLACE.exec(text)?.[1]!.trim();
    if (!names || !isPersonNames(names)) continue;
    if (isDateLine(lines[k - 1]) || isDateLine(lines[k + 1])) return { index: i, byline: names };
  }
  return null;
}

function isPersonNames(text: string): boolean {
  return isNameList(text) && !AFFILIATION.test(text);
}
