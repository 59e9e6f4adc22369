import type { Unit } from '../01-clean.ts';
import { AFFILIATION, isRoleLine } from './parse-byline.ts';
import { BARE_NAME } from './read-metadata.ts';

/**
 * "Nell Farrant" over "Transport Correspondent": broadcasters and sports sites print the author's name
 * alone, with the role on the next line. The role line alone reads as a byline without a person
 * ("Transport Correspondent", or "Rugby Union" taken for a name); the name above it is the byline.
 * Returns the name line's index among the header lines, or -1.
 */
export function nameOverRole(units: Unit[], open: boolean[], end: number): number {
  let previous = -1;
  for (let i = 0; i < end; i++) {
    if (!open[i]) continue;
    const text = units[i]!.text.trim();
    if (previous >= 0 && isRoleLine(text)) {
      const name = units[previous]!.text.trim();
      if (BARE_NAME.test(name) && !AFFILIATION.test(name) && !isRoleLine(name)) return previous;
    }
    previous = i;
  }
  return -1;
}
