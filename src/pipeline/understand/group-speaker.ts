import { isQuoted, sentenceAt, type Discourse } from './discourse.ts';
import { mentionsWithin } from './mention-lookup.ts';
import { BUSINESS_NOUNS, businessInFocus } from './business-in-focus.ts';

/** A plural subject that speaks for an organisation: "Officials at the commission", "Staff from X". */
const GROUP_OF =
  /^(?:[\p{Lu}\p{Ll}]+\s+)?(?:officials|representatives|spokespeople|spokespersons|executives|staff|organisers|organizers|managers|leaders|bosses)\s+(?:at|of|from|for|with|in)\s+/iu;
/** "the commission's Kilifi office", "the company": the description right after the preposition. */
const THE_NOUN = /^the\s+(\p{Ll}+)(?:['’]s)?\b/u;

/**
 * "Officials at the commission's regional office said registration would resume. “…,” they
 * said.": "they" after a sentence whose subject is a group speaking for an organisation is that
 * organisation. Looks at the sentence before the pronoun's (skipping sentences wholly inside the
 * quotation); null when that sentence's subject is anything else, since a plural pronoun alone
 * does not say who.
 */
export function groupSpeaker(d: Discourse, paragraph: number, offset: number): string | null {
  const spans = d.sentences[paragraph] ?? [];
  let p = paragraph;
  let s = sentenceAt(spans, offset) - 1;
  for (let k = 0; k < 3; k++) {
    while (s < 0 && p > 0) {
      p--;
      s = (d.sentences[p]?.length ?? 0) - 1;
    }
    const span = d.sentences[p]?.[s];
    if (!span) return null;
    const text = d.texts[p]!;
    const sentence = text.slice(span.start, span.end);
    const lead = sentence.search(/\S/);
    if (lead >= 0 && isQuoted(d, p, span.start + lead)) {
      s--;
      continue;
    }
    const group = GROUP_OF.exec(sentence.slice(Math.max(lead, 0)));
    if (!group) return null;
    const from = span.start + Math.max(lead, 0) + group[0].length;
    const after = text.slice(from, span.end);
    const named = mentionsWithin(d.mentions[p]!, from, span.end).find(
      (m) => m.type === 'organization' && text.slice(from, m.start).trim().split(/\s+/).length <= 1,
    );
    if (named) return named.entityId;
    const noun = THE_NOUN.exec(after)?.[1];
    if (!noun) return null;
    return (
      d.orgByHead.get(noun) ?? (BUSINESS_NOUNS.has(noun) ? businessInFocus(d, p, span.start) : null)
    );
  }
  return null;
}
