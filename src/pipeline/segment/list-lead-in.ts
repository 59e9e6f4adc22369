import type { Unit } from '../01-clean.ts';
import { isProse } from '../text-features.ts';
import { previousOpen } from './header-lines.ts';

/** A list item's marker: a bullet, a dash or an asterisk before the item's words. */
const LIST_ITEM = /^[•▪‣◦*–-]\s+\S/u;

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
  if (!LIST_ITEM.test(units[range.first]!.text.trim())) return -1;
  const lead = previousOpen(open, range.first);
  if (lead < 0) return -1;
  const text = units[lead]!.text.trim();
  return text.endsWith(':') && isProse(`${text.slice(0, -1)}.`) ? lead : -1;
}
