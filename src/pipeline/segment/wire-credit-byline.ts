import type { Unit } from '../01-clean.ts';
import { parseByline } from './parse-byline.ts';

/** "Reporting by Ana Ruiz; Editing by Tom Hale": who reported, not who edited or added to it. */
const WIRE_CREDIT = /^(?:reporting|writing) by\s/i;

/**
 * Wire stories and the sites that run them sign the story at its foot, not in its header:
 * "Reporting by Ana Ruiz in Lagos; Editing by Tom Hale" after the last paragraph. When the
 * header gives no byline, the reporters of such a line (after the body: position) are the
 * byline; "Additional reporting by …" only adds to a byline the header gives.
 */
export function wireCreditByline(units: Unit[], last: number): string | null {
  for (let i = last + 1; i < units.length; i++) {
    const text = units[i]!.text.trim();
    if (!WIRE_CREDIT.test(text)) continue;
    const byline = parseByline(text, { requirePrefix: true });
    if (byline) return byline;
  }
  return null;
}
