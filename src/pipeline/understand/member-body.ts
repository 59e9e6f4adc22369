import { isQuoted, type Discourse } from './discourse.ts';
import { mentionsWithin } from './mention-lookup.ts';
import { sentencesBack } from './sentences-back.ts';

/**
 * Common nouns for bodies that speak for their members, each with the name endings it covers: "the
 * union" is the story's "… Education Association" or "… Workers' Federation", "the charity" its
 * "… Trust" or "… Foundation".
 */
const BODY_HEADS: Record<string, string[]> = {
  union: ['union', 'association', 'federation', 'guild', 'confederation', 'workers'],
  association: ['association', 'federation', 'society', 'union'],
  federation: ['federation', 'association', 'union', 'confederation'],
  charity: ['charity', 'trust', 'foundation', 'appeal', 'fund'],
  society: ['society', 'association'],
};

/** How many sentences back the body may be named. */
const REACH = 6;

/**
 * "The KSEA (X Education Association) said …. “…,” the union said.": the organisation most recently
 * named outside quotation marks whose name ends in one of the noun's heads. Null when none is in
 * reach: "the union" in a story that names only the employer is left unresolved.
 */
export function memberBody(
  d: Discourse,
  paragraph: number,
  start: number,
  phrase: string,
  head: string,
): string | null {
  const heads = BODY_HEADS[head];
  if (!heads || !/^the\s/i.test(phrase)) return null;
  for (const { paragraph: p, start: from, end } of sentencesBack(d, paragraph, start, REACH)) {
    const list = mentionsWithin(d.mentions[p]!, from, end);
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i]!;
      const facts = d.facts.get(m.entityId);
      if (m.type !== 'organization' || !facts || isQuoted(d, p, m.start)) continue;
      if (facts.heads.some((h) => heads.includes(h))) return m.entityId;
    }
  }
  return null;
}
