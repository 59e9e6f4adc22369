import type { EntityFacts, MentionRef } from './entity-index.ts';
import type { SentenceSpan } from './split-sentences.ts';

/**
 * What the quote and date stages share about the text: sentences, mentions and the quoted ranges,
 * with logarithmic lookups so attribution stays linear in the article's length.
 */
export type Discourse = {
  texts: string[];
  sentences: SentenceSpan[][];
  mentions: MentionRef[][];
  facts: Map<string, EntityFacts>;
  /** Per paragraph, quoted ranges sorted by start. */
  quoted: { start: number; end: number }[][];
  /** Organisation by its head noun ("council", "ministry"), the most salient when several share it. */
  orgByHead: Map<string, string>;
};

export function orgsByHead(facts: Map<string, EntityFacts>): Map<string, string> {
  const map = new Map<string, string>();
  const best = new Map<string, number>();
  for (const [id, f] of facts) {
    if (f.type !== 'organization') continue;
    for (const head of f.heads)
      if (f.salience > (best.get(head) ?? -1)) {
        map.set(head, id);
        best.set(head, f.salience);
      }
  }
  return map;
}

/** Index of the sentence that contains offset (or the last one that starts before it). */
export function sentenceAt(spans: SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function isQuoted(d: Discourse, paragraph: number, offset: number): boolean {
  return quotedRangeAt(d, paragraph, offset) !== null;
}

/** The quoted range that contains offset, or null. */
export function quotedRangeAt(
  d: Discourse,
  paragraph: number,
  offset: number,
): { start: number; end: number } | null {
  const ranges = d.quoted[paragraph] ?? [];
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r && r.start <= offset && offset < r.end ? r : null;
}
