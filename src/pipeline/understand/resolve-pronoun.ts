import { isQuoted, sentenceAt, type Discourse } from './discourse.ts';
import { mentionsWithin } from './mention-lookup.ts';

/** How much each earlier sentence counts: the current one, then one, two and three back. */
const RECENCY = [1, 0.8, 0.6, 0.45];

/**
 * "she added" / "he told reporters": the antecedent is the person the narrative is about, not
 * merely the nearest name. Each compatible person in the current and three previous sentences
 * scores by recency, twice as much when it is its sentence's first name (the subject, as a rule),
 * plus a small bonus when it spoke the previous quotation. Names inside quotations do not count: the
 * people a speaker talks about are rarely the speaker.
 */
export function resolvePronoun(
  d: Discourse,
  paragraph: number,
  offset: number,
  gender: 'f' | 'm' | null,
  lastSpeaker: string | null,
): string | null {
  const scores = new Map<string, number>();
  let p = paragraph;
  let s = sentenceAt(d.sentences[p] ?? [], offset);
  for (let k = 0; k < RECENCY.length && p >= 0; k++) {
    const span = d.sentences[p]?.[s];
    if (span) {
      const end = k === 0 ? offset : span.end;
      let first = true;
      for (const m of mentionsWithin(d.mentions[p]!, span.start, end)) {
        if (isQuoted(d, p, m.start)) continue;
        const facts = d.facts.get(m.entityId);
        if (!facts) continue;
        if (facts.type === 'person' && (!gender || !facts.gender || facts.gender === gender))
          scores.set(m.entityId, (scores.get(m.entityId) ?? 0) + RECENCY[k]! * (first ? 2 : 1));
        first = false;
      }
    }
    s--;
    while (s < 0 && p > 0) {
      p--;
      s = (d.sentences[p]?.length ?? 0) - 1;
    }
    if (s < 0) break;
  }
  if (lastSpeaker && scores.has(lastSpeaker))
    scores.set(lastSpeaker, scores.get(lastSpeaker)! + 0.5);
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, score] of scores) {
    const salience = d.facts.get(id)?.salience ?? 0;
    const total = score + salience * 0.01;
    if (total > bestScore) [best, bestScore] = [id, total];
  }
  return best;
}
