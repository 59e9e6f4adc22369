import { isQuoted, sentenceAt, type Discourse } from './discourse.ts';
import { LEGAL_FILINGS, legalClaimant } from './legal-claimant.ts';
import { mentionsWithin } from './mention-lookup.ts';
import { statementIssuer } from './statement-issuer.ts';

/** How many sentences back "it" may look for what it stands for. */
const REACH = 3;
const DOCUMENT = /\bthe\s+(statement|claim|lawsuit|suit|complaint|writ|petition|filing)\b/gi;
const VERB_BEFORE = /\b(?:is|are|was|were|has|have|had|been|said|says|told|\p{Ll}{3,}ed)\b/u;

/**
 * "…,” the claim says. It also alleges that …": "it" as the subject of a speech verb stands for
 * the document the story has just quoted (whose author is the speaker), or for the organisation
 * that is the subject of the sentence before ("Acme reported a loss. It said …"). Null when the
 * nearest sentences offer neither: "it" alone never names anyone.
 */
export function itSpeaker(d: Discourse, paragraph: number, offset: number): string | null {
  let p = paragraph;
  let s = sentenceAt(d.sentences[p] ?? [], offset);
  for (let k = 0; k < REACH && p >= 0; k++) {
    const span = d.sentences[p]?.[s];
    if (span) {
      const text = d.texts[p]!;
      const end = k === 0 ? offset : span.end;
      const docs = [...text.slice(span.start, end).matchAll(DOCUMENT)].filter(
        (m) => !isQuoted(d, p, span.start + m.index),
      );
      const doc = docs[docs.length - 1];
      if (doc) {
        const noun = doc[1]!.toLowerCase();
        if (LEGAL_FILINGS.has(noun)) return legalClaimant(d);
        return statementIssuer(d, p, span.start + doc.index);
      }
      if (k > 0) {
        const first = mentionsWithin(d.mentions[p]!, span.start, span.end).find(
          (m) => !isQuoted(d, p, m.start) && m.type !== 'place',
        );
        const lead = first ? text.slice(span.start, first.start) : '';
        if (first?.type === 'organization' && !VERB_BEFORE.test(lead)) return first.entityId;
      }
    }
    s--;
    while (s < 0 && p > 0) {
      p--;
      s = (d.sentences[p]?.length ?? 0) - 1;
    }
    if (s < 0) break;
  }
  return null;
}
