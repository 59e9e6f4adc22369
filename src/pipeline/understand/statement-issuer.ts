import { isQuoted, type Discourse } from './discourse.ts';
import { mentionsWithin } from './mention-lookup.ts';
import { sentencesBack } from './sentences-back.ts';

/** How many sentences back "the statement" may point. */
const REACH = 4;

/** Where a reported clause starts: what follows is the statement's content. */
const REPORTED_CLAUSE = /\bthat\b/i;

/** "The party issued a statement": a definite description as the sentence's subject. */
const DESCRIBED_SUBJECT =
  /^\s*(?:The|Its)\s+\p{Ll}+\s+(?:\p{Ll}+\s+)?(?:issued|released|put out|published|said|sent)\b/u;

/**
 * "The Harbour Authority said in a statement that … “…,” the statement said.": the statement is
 * the one the story last reported, and its issuer is that sentence's subject (the first person
 * or organisation named outside quotation marks). When that subject is a description ("The
 * party issued a statement"), it is the one organisation the sentence before it named in the same
 * paragraph. Null when no recent sentence mentions one.
 */
export function statementIssuer(
  d: Discourse,
  paragraph: number,
  offset: number,
  noun = 'statement',
): string | null {
  const names = new RegExp(`\\b${noun}\\b`, 'i');
  for (const { paragraph: p, start, end } of sentencesBack(d, paragraph, offset, REACH)) {
    const sentence = d.texts[p]!.slice(start, end);
    if (!names.test(sentence)) continue;
    if (DESCRIBED_SUBJECT.test(sentence)) return organisationBefore(d, p, start);
    // "X said in a statement that the change was requested by Y": whoever the reported clause
    // names is what the statement is about, not who issued it.
    const that = sentence.search(REPORTED_CLAUSE);
    const subjectEnd = that < 0 ? end : start + that;
    const subject = mentionsWithin(d.mentions[p]!, start, subjectEnd).find(
      (m) => !isQuoted(d, p, m.start) && (m.type === 'organization' || m.type === 'person'),
    );
    if (subject) return subject.entityId;
  }
  return null;
}

/** The one organisation named (outside quotation marks) in the sentence before, same paragraph. */
function organisationBefore(d: Discourse, p: number, sentenceStart: number): string | null {
  const previous = (d.sentences[p] ?? []).filter((s) => s.end <= sentenceStart).pop();
  if (!previous) return null;
  const ids = new Set(
    mentionsWithin(d.mentions[p]!, previous.start, previous.end)
      .filter((m) => m.type === 'organization' && !isQuoted(d, p, m.start))
      .map((m) => m.entityId),
  );
  return ids.size === 1 ? [...ids][0]! : null;
}
