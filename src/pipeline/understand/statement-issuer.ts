import { isQuoted, type Discourse } from './discourse.ts';
import { mentionsWithin } from './mention-lookup.ts';
import { sentencesBack } from './sentences-back.ts';

/** How many sentences back "the statement" may point. */
const REACH = 4;

/**
 * "The Harbour Authority said in a statement that … “…,” the statement said.": the statement is
 * the one the story last reported, and its issuer is that sentence's subject (the first person
 * or organisation named outside quotation marks). Null when no recent sentence mentions one.
 */
export function statementIssuer(d: Discourse, paragraph: number, offset: number): string | null {
  for (const { paragraph: p, start, end } of sentencesBack(d, paragraph, offset, REACH)) {
    if (!/\bstatement\b/i.test(d.texts[p]!.slice(start, end))) continue;
    const subject = mentionsWithin(d.mentions[p]!, start, end).find(
      (m) => !isQuoted(d, p, m.start) && (m.type === 'organization' || m.type === 'person'),
    );
    if (subject) return subject.entityId;
  }
  return null;
}
