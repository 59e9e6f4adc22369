import type { Unit } from '../01-clean.ts';
import { isProse, wordsOf } from '../text-features.ts';
import { stripDecorations } from './furniture-rules.ts';

/** The label that opens a summary box: "Key points:", "Key takeaways", "At a glance:". */
const SUMMARY_LABEL =
  /^(?:key (?:points|takeaways|facts)|main points|the key points|at a glance|in brief|quick read|tl;?dr)\s*:?$/i;
/** A box item is a short line that is not prose: a fragment, without a sentence's full stop. */
const MAX_ITEM_WORDS = 15;
const MAX_ITEMS = 8;

/**
 * "Key points: / The inquiry made 31 recommendations / Alerts arrived late": the label and the
 * short lines under it restate the story in brief, so they are a box, not its paragraphs. When
 * the run of short lines runs straight into prose, its last line introduces that prose: it is
 * the body's first subheading, not an item, so it is left alone (a box of one item keeps it).
 */
export function markSummaryBoxes(units: Unit[]): void {
  units.forEach((label, i) => {
    if (label.furniture !== null || !SUMMARY_LABEL.test(stripDecorations(label.text))) return;
    let end = i + 1;
    while (end < units.length && end - i <= MAX_ITEMS && isItem(units[end]!)) end++;
    const items = end - i - 1;
    if (items === 0) return;
    const next = units[end];
    if (items >= 2 && next !== undefined && next.furniture === null && isProse(next.text)) end--;
    label.furniture = 'summary box';
    for (let j = i + 1; j < end; j++) units[j]!.furniture ??= 'summary box';
  });
}

function isItem(unit: Unit): boolean {
  const words = wordsOf(unit.text).length;
  return (
    unit.furniture === null &&
    words >= 2 &&
    words <= MAX_ITEM_WORDS &&
    !/[.!?:]["”’]?$/.test(unit.text.trim())
  );
}
