import { isQuoted, sentenceAt, type Discourse } from './discourse.ts';
import { mentionsWithin } from './mention-lookup.ts';

const ANYONE = () => true;
const EARLIER_PARAGRAPH = 0.5;
const LAST_SPEAKER = 0.2;
/** A finite verb between the sentence start and a name: the name is not the subject. */
const VERB_BEFORE = /\b(?:is|are|was|were|has|have|had|been|said|says|told|\p{Ll}{3,}ed)\b/u;
/** How much each earlier sentence counts: the current one, then one, two and three back. */
const RECENCY = [1, 0.8, 0.6, 0.45];

/**
 * "she added" / "he told reporters": the antecedent is the person the narrative is about, not
 * merely the nearest name (centering: the subject of the latest utterance ranks first). Each
 * compatible person in the current and three previous sentences scores its best mention: by
 * recency, twice when it is its sentence's subject, half when it is in an earlier paragraph; the
 * previous quotation's speaker gets a small bonus. Names inside quotations do not count: the people
 * a speaker talks about are rarely the speaker. `allow` narrows the candidates ("the judge").
 */
export function resolvePronoun(
  d: Discourse,
  paragraph: number,
  offset: number,
  gender: 'f' | 'm' | null,
  lastSpeaker: string | null,
  allow: (id: string) => boolean = ANYONE,
): string | null {
  const scores = new Map<string, number>();
  let p = paragraph;
  let s = sentenceAt(d.sentences[p] ?? [], offset);
  for (let k = 0; k < RECENCY.length && p >= 0; k++) {
    const span = d.sentences[p]?.[s];
    if (span) {
      const end = k === 0 ? offset : span.end;
      let first = true;
      const text = d.texts[p]!;
      for (const m of mentionsWithin(d.mentions[p]!, span.start, end)) {
        if (isQuoted(d, p, m.start)) continue;
        const facts = d.facts.get(m.entityId);
        if (!facts || facts.type !== 'person') continue;
        // The subject: the first person named, with no verb of the narrative before it ("The
        // other was a nurse, Grace Adjei" puts her after the verb: not what the sentence is about).
        const lead = text.slice(span.start, m.start).replace(/[“"][^”"]*[”"]/g, '');
        const subject = first && !VERB_BEFORE.test(lead);
        first = false;
        if ((gender && facts.gender && facts.gender !== gender) || !allow(m.entityId)) continue;
        // A news paragraph is a unit: who it is about outweighs who the previous one was about.
        const weight = RECENCY[k]! * (subject ? 2 : 1) * (p === paragraph ? 1 : EARLIER_PARAGRAPH);
        scores.set(m.entityId, Math.max(scores.get(m.entityId) ?? 0, weight));
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
    scores.set(lastSpeaker, scores.get(lastSpeaker)! + LAST_SPEAKER);
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, score] of scores) {
    const salience = d.facts.get(id)?.salience ?? 0;
    const total = score + salience * 0.01;
    if (total > bestScore) [best, bestScore] = [id, total];
  }
  if (best || scores.size > 0) return best;
  // A description ("the judge") may reach further back: the one such person in the article.
  const fitting = [...d.facts].filter(([id, f]) => f.type === 'person' && allow(id));
  return fitting.length === 1 && allow !== ANYONE ? fitting[0]![0] : null;
}
