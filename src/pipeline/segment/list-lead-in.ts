import type { Unit } from '../01-clean.ts';
import { isProse, wordsOf } from '../text-features.ts';
import { previousOpen } from './header-lines.ts';

/** A list item's marker: a bullet, a dash or an asterisk before the item's words. */
const LIST_ITEM = /^[•▪‣◦*–-]\s+\S/u;

/**
 * A live page's summary may introduce plain paragraphs, not a list ("Here is what we know so far
 * about the storm, as of this morning:"): a lead-in that long is a sentence of the body, while a
 * short label with a colon ("Key points:") is not.
 */
const MIN_PROSE_LEAD_WORDS = 10;

/**
 * A live page or briefing opens its body with a bulleted list and the sentence that introduces it
 * ("These are the main points so far:"). The sentence ends with a colon, so it does not read as
 * prose on its own, but right above a first paragraph that is a list item it is the body's first
 * paragraph. Returns its index, or -1.
 */
export function listLeadIn(
  units: Unit[],
  open: boolean[],
  range: { first: number; last: number },
): number {
  const list = LIST_ITEM.test(units[range.first]!.text.trim());
  const lead = previousOpen(open, range.first);
  if (lead < 0) return -1;
  const text = units[lead]!.text.trim();
  if (!text.endsWith(':') || !isProse(`${text.slice(0, -1)}.`)) return -1;
  return list || wordsOf(text).length >= MIN_PROSE_LEAD_WORDS ? lead : -1;
}
