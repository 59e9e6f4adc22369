import { sentenceAt, type Discourse } from './discourse.ts';

/** One sentence on the way back: its paragraph, its span (cut at the start point) and how far back. */
export type SentenceBack = { paragraph: number; start: number; end: number; back: number };

/**
 * The sentence at `offset` (up to `offset`) and then the ones before it, across paragraphs, at
 * most `reach` of them: how the resolvers of "the statement", "it" and "the company" look back.
 */
export function* sentencesBack(
  d: Discourse,
  paragraph: number,
  offset: number,
  reach: number,
): Generator<SentenceBack> {
  let p = paragraph;
  let s = sentenceAt(d.sentences[p] ?? [], offset);
  for (let k = 0; k < reach && p >= 0; k++) {
    const span = d.sentences[p]?.[s];
    if (span) yield { paragraph: p, start: span.start, end: k === 0 ? offset : span.end, back: k };
    s--;
    while (s < 0 && p > 0) {
      p--;
      s = (d.sentences[p]?.length ?? 0) - 1;
    }
    if (s < 0) break;
  }
}

/** A finite verb between the sentence start and a name: the name is not the subject. */
export const VERB_BEFORE = /\b(?:is|are|was|were|has|have|had|been|said|says|told|\p{Ll}{3,}ed)\b/u;
