import { isQuoted, type Discourse } from './discourse.ts';
import { LEGAL_FILINGS, legalClaimant } from './legal-claimant.ts';
import { mentionsWithin } from './mention-lookup.ts';
import { sentencesBack, VERB_BEFORE } from './sentences-back.ts';
import { statementIssuer } from './statement-issuer.ts';

/** How many sentences back "it" may look for what it stands for. */
const REACH = 3;
const DOCUMENT = /\bthe\s+(statement|claim|lawsuit|suit|complaint|writ|petition|filing)\b/gi;

/**
 * "…,” the claim says. It also alleges that …": "it" as the subject of a speech verb stands for
 * the document the story has just quoted (whose author is the speaker), or for the organisation
 * that is the subject of the sentence before ("Acme reported a loss. It said …"). Null when the
 * nearest sentences offer neither: "it" alone never names anyone.
 */
export function itSpeaker(d: Discourse, paragraph: number, offset: number): string | null {
  for (const { paragraph: p, start, end, back } of sentencesBack(d, paragraph, offset, REACH)) {
    const text = d.texts[p]!;
    const docs = [...text.slice(start, end).matchAll(DOCUMENT)].filter(
      (m) => !isQuoted(d, p, start + m.index),
    );
    const doc = docs[docs.length - 1];
    if (doc) {
      const noun = doc[1]!.toLowerCase();
      if (LEGAL_FILINGS.has(noun)) return legalClaimant(d);
      return statementIssuer(d, p, start + doc.index);
    }
    if (back > 0) {
      const first = mentionsWithin(d.mentions[p]!, start, end).find(
        (m) => !isQuoted(d, p, m.start) && m.type !== 'place',
      );
      const lead = first ? text.slice(start, first.start) : '';
      if (first?.type === 'organization' && !VERB_BEFORE.test(lead)) return first.entityId;
    }
  }
  return null;
}
