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
 * Or the copy carries its own call to action: "… Book now with X.", "… 30-day free trial.". An
 * imperative sales phrase, not a story's words about a sale ("bookings opened", "a trial began").
 */
const INLINE_CALL_TO_ACTION =
  /\b(?:(?:book|shop|order|buy|subscribe|sign up|register|download|join|try it) (?:now|today|free|online)|(?:\d+-day )?free trial|learn more|find out more|save \d+%)\b/i;
/**
 * Or the copy is a slogan that opens on a selling verb ("Learn a language in 30 days with X",
 * "Invest in bonds with Y. Capital at risk."), or carries an investment ad's mandatory warning.
 * A story's line right under an ad slot reports; it does not tell the reader to buy.
 */
const SALES_PITCH =
  /^(?:invest|learn|discover|explore|save|shop|buy|book|order|try|join|switch|upgrade|subscribe|download|apply|earn|protect|unlock|compare|claim)\s|\b(?:your )?capital (?:is )?at risk\b/iu;
/** A slogan is shorter than a sentence of news. */
const MAX_PITCH_WORDS = 15;
/** The label alone on its line ("ADVERTISEMENT"), not a sponsor line that names the advertiser. */
const LABEL_ONLY_WORDS = 2;
/** An ad's copy is short; a paragraph that happens to say "learn more" is article text. */
const MAX_INLINE_AD_WORDS = 30;

/**
 * "SPONSORED · Helix Rail" / "Rail signalling is no longer optional. See how …" / "Learn more":
 * the advertiser's copy reads like prose, so vocabulary alone keeps it. Between a sponsor label and
 * a call-to-action button (or an "end sponsored" line) at most two lines below it, the lines are
 * the advertisement.
 */
export function markSponsorBlocks(units: Unit[]): void {
  units.forEach((label, i) => {
    // "[Advertisement]": an ad slot's label printed in brackets, as text pasted from a page shows it.
    const bare = stripDecorations(label.text).replace(/^\[\s*(.+?)\s*\]$/, '$1');
    if (!SPONSOR_LABEL.test(bare)) return;
    if (bare.split(/\s+/).length <= LABEL_ONLY_WORDS && isAdCopy(units[i + 1]))
      units[i + 1]!.furniture ??= 'sponsored content';
    for (let j = i + 1; j <= Math.min(i + MAX_AD_COPY + 1, units.length - 1); j++) {
      const closing = stripDecorations(units[j]!.text);
      if (!CALL_TO_ACTION.test(closing) && !END_OF_BOX.test(closing)) continue;
      for (let k = i + 1; k < j; k++) units[k]!.furniture ??= 'sponsored content';
      return;
    }
  });
}

/**
 * "ADVERTISEMENT" / "Walk with the pharaohs: a Nile cruise. Book now with X.": the line right under
 * the label (position) that asks the reader to buy (evidence) is the ad, with no button below it.
 */
function isAdCopy(unit: Unit | undefined): boolean {
  if (!unit || unit.furniture !== null) return false;
  const words = unit.text.split(/\s+/).length;
  return (
    (words <= MAX_INLINE_AD_WORDS && INLINE_CALL_TO_ACTION.test(unit.text)) ||
    (words <= MAX_PITCH_WORDS && SALES_PITCH.test(unit.text))
  );
}
