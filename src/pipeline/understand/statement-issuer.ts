import { isQuoted, sentenceAt, type Discourse } from './discourse.ts';
import { mentionsWithin } from './mention-lookup.ts';

/** How many sentences back "the statement" may point. */
const REACH = 4;

/**
 * "The Harbour Authority said in a statement that … “…,” the statement said.": the statement is
 * the one the story last reported, and its issuer is that sentence's subject (the first person
 * or organisation named outside quotation marks). Null when no recent sentence mentions one.
 */
export function statementIssuer(d: Discourse, paragraph: number, offset: number): string | null {
  let p = paragraph;
  let s = sentenceAt(d.sentences[p] ?? [], offset);
  for (let k = 0; k < REACH && p >= 0; k++) {
    const span = d.sentences[p]?.[s];
    const end = k === 0 ? offset : (span?.end ?? 0);
    if (span && /\bstatement\b/i.test(d.texts[p]!.slice(span.start, end))) {
      const subject = mentionsWithin(d.mentions[p]!, span.start, end).find(
        (m) => !isQuoted(d, p, m.start) && (m.type === 'organization' || m.type === 'person'),
      );
      if (subject) return subject.entityId;
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
