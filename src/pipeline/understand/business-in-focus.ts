import { isQuoted, type Discourse } from './discourse.ts';
import { mentionsWithin } from './mention-lookup.ts';
import { sentencesBack, VERB_BEFORE } from './sentences-back.ts';

/**
 * Common nouns a story uses for the business it is about ("the company said", "the firm added"),
 * whatever that business's name ends in. Public bodies are left to their name's own head noun
 * ("the council", "the ministry"), which a description matches directly.
 */
export const BUSINESS_NOUNS = new Set(
  `company firm business group operator supplier provider retailer carrier airline lender insurer
  manufacturer maker developer chain startup start-up vendor contractor publisher broadcaster
  brand`.split(/\s+/),
);

/**
 * Name endings of public bodies, courts and forces: "the company" never means the ministry that
 * fined it, so these are not candidates for a business noun.
 */
const PUBLIC_BODY_HEADS = new Set(
  `ministry department council commission authority agency office court tribunal police government
  parliament congress senate assembly committee board bureau regulator service administration
  directorate cabinet treasury executive army navy force forces`.split(/\s+/),
);

/** How many sentences back the story's organisation may be found. */
const REACH = 6;
const RECENCY = [1, 0.8, 0.6, 0.45, 0.35, 0.3];
const EARLIER_PARAGRAPH = 0.5;

/**
 * "In a notice to customers, the company said …": the business the recent narrative is about.
 * Each organisation named outside quotation marks in the current and previous sentences scores by
 * recency, twice as its sentence's subject (the first entity named with no verb before it), half
 * in an earlier paragraph (a news paragraph is a unit). Null when no organisation is in reach.
 */
function isPublicBody(d: Discourse, id: string): boolean {
  return d.facts.get(id)?.heads.some((h) => PUBLIC_BODY_HEADS.has(h)) ?? false;
}

export function businessInFocus(d: Discourse, paragraph: number, offset: number): string | null {
  const scores = new Map<string, number>();
  for (const { paragraph: p, start, end, back } of sentencesBack(d, paragraph, offset, REACH)) {
    const text = d.texts[p]!;
    let first = true;
    for (const m of mentionsWithin(d.mentions[p]!, start, end)) {
      if (isQuoted(d, p, m.start) || m.type === 'place') continue;
      const lead = text.slice(start, m.start).replace(/[“"][^”"]*[”"]/g, '');
      const subject = first && !VERB_BEFORE.test(lead);
      first = false;
      if (m.type !== 'organization' || isPublicBody(d, m.entityId)) continue;
      const weight = RECENCY[back]! * (subject ? 2 : 1) * (p === paragraph ? 1 : EARLIER_PARAGRAPH);
      scores.set(m.entityId, Math.max(scores.get(m.entityId) ?? 0, weight));
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, score] of scores) {
    const total = score + (d.facts.get(id)?.salience ?? 0) * 0.01;
    if (total > bestScore) [best, bestScore] = [id, total];
  }
  return best;
}
