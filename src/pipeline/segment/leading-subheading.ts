import type { Unit } from '../01-clean.ts';
import { endsLikeSentence, wordsOf } from '../text-features.ts';
import { isStandfirst, MAX_SUBHEADING_WORDS } from './assign-roles.ts';
import { previousOpen } from './header-lines.ts';

function isQuestionHeading(text: string): boolean {
  const words = wordsOf(text).length;
  return words >= 2 && words <= MAX_SUBHEADING_WORDS && /^\p{Lu}/u.test(text) && /\?$/.test(text);
}

function isHeadlineShaped(text: string): boolean {
  const words = wordsOf(text).length;
  return words >= 3 && words <= 30 && /^[\p{Lu}\p{N}"“‘']/u.test(text) && !endsLikeSentence(text);
}

/**
 * An explainer whose body is a run of questions ("What is changing?", "Who decided?") may open
 * with one, right above the first paragraph: that line is the body's first subheading, not the
 * headline, when the body asks at least one more such question (shape) and a headline with its
 * standfirst already stands above it (the header is complete). Returns its index, or -1.
 */
export function leadingSubheading(
  units: Unit[],
  open: boolean[],
  range: { first: number; last: number },
): number {
  const lead = previousOpen(open, range.first);
  if (lead < 0 || !isQuestionHeading(units[lead]!.text)) return -1;
  let echoed = false;
  for (let i = range.first + 1; i < range.last && !echoed; i++)
    echoed = open[i]! && isQuestionHeading(units[i]!.text);
  if (!echoed) return -1;
  for (let s = 0; s < lead; s++) {
    if (!open[s] || !isStandfirst(units[s]!.text)) continue;
    const headline = previousOpen(open, s);
    if (headline >= 0 && isHeadlineShaped(units[headline]!.text)) return lead;
  }
  return -1;
}
