import type { Unit } from '../01-clean.ts';
import { isListHeader } from '../clean/furniture-rules.ts';
import { isProse, wordsOf } from '../text-features.ts';

/**
 * Lines after which a page usually stops being the article: link lists, tags, separators, credits,
 * and a press release's closing headers ("References", "Media contact").
 */
const END_MARKER =
  /^(?:[-_*=~]{3,}|\(?reporting by\b|posted in\b|tagged\b|filed under\b|topics\b|tags\b|explore more\b|(?:references?|citations?|(?:media |press )?contacts?)\s*:?$)/i;
/**
 * A dated copyright line ("Copyright 2024 X. All rights reserved.", "© 2019-2025 X") closes the
 * story: the station promo or footer blurb under it is not article text. An undated "© Agency" is
 * often a photo credit inside the story.
 */
const COPYRIGHT_END = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:19|20)\d\d\b/i;

/**
 * A wire story's sign-off, "(Reporting by Ana Ruiz; Editing by Tom Roe)": it closes the story's
 * text, so a link box above it ("Read more:" and three headlines) sits inside the story.
 */
const WIRE_SIGN_OFF = /^\(?(?:additional )?(?:reporting|writing) by\b.*(?:;|editing by)/i;

/** Prose after an end marker that is this small a share of the prose before it is page furniture. */
const TAIL_SHARE = 0.25;

export type BodyRange = { first: number; last: number };

/**
 * Where the article's running text starts and ends. It starts at the first prose unit. It ends at
 * the last prose unit before the first end marker that only a little prose follows: an "about us"
 * blurb or a disclaimer after "Read next" is not article text, while a paragraph after a
 * mid-article "Also read" box is. Returns null when there is no prose at all.
 */
export function findBodyRange(
  units: Unit[],
  isCandidate: (i: number) => boolean,
): BodyRange | null {
  const proseWords = units.map((u, i) =>
    isCandidate(i) && isProse(u.text) ? wordsOf(u.text).length : 0,
  );
  const first = proseWords.findIndex((w) => w > 0);
  if (first < 0) return null;
  const total = proseWords.reduce((a, b) => a + b, 0);
  let before = 0;
  let end = units.length;
  let signOff = -1;
  for (let i = units.length - 1; i > first && signOff < 0; i--)
    if (WIRE_SIGN_OFF.test(units[i]!.text.trim())) signOff = i;
  for (let i = first; i < units.length; i++) {
    const text = units[i]!.text;
    if (
      i > first &&
      ((isListHeader(text) && i > signOff) ||
        END_MARKER.test(text.trim()) ||
        COPYRIGHT_END.test(text.trim())) &&
      total - before < before * TAIL_SHARE
    ) {
      end = i;
      break;
    }
    before += proseWords[i]!;
  }
  let last = end - 1;
  while (last > first && proseWords[last] === 0) last--;
  return { first, last };
}
