import type { Unit } from '../01-clean.ts';
import { stripDecorations } from './furniture-rules.ts';

/** Labels that open an advertiser's box inside the page. */
const SPONSOR_LABEL =
  /^(sponsored|sponsored content|promoted|partner content|paid (post|content|partnership)|advertisement|advertising)\b/i;
/** The button that closes it: the box asks the reader to go to the advertiser. */
const CALL_TO_ACTION =
  /^(learn more|find out more|discover more|shop now|get started|book now|try it (free|now)|request a demo|get a quote)$/i;
/** Or the box is closed by a line that says so: "-- END SPONSORED --", "End of advertisement". */
const END_OF_BOX =
  /^end (of )?(sponsored|sponsorship|advertisement|advertising|promotion|partner content|paid (content|post))\b/i;
/** An ad's copy is a line or two; a longer run is article text after an "Advertisement" slot. */
const MAX_AD_COPY = 2;

/**
 * "SPONSORED · Helix Rail" / "Rail signalling is no longer optional. See how …" / "Learn more":
 * the advertiser's copy reads like prose, so vocabulary alone keeps it. Between a sponsor label and
 * a call-to-action button (or an "end sponsored" line) at most two lines below it, the lines are
 * the advertisement.
 */
export function markSponsorBlocks(units: Unit[]): void {
  units.forEach((label, i) => {
    if (!SPONSOR_LABEL.test(stripDecorations(label.text))) return;
    for (let j = i + 1; j <= Math.min(i + MAX_AD_COPY + 1, units.length - 1); j++) {
      const closing = stripDecorations(units[j]!.text);
      if (!CALL_TO_ACTION.test(closing) && !END_OF_BOX.test(closing)) continue;
      for (let k = i + 1; k < j; k++) units[k]!.furniture ??= 'sponsored content';
      return;
    }
  });
}
