import type { NameChunk } from './find-name-chunks.ts';
import { mayNamePerson } from './may-name-person.ts';

/**
 * The gender of the first "she"/"he" after a name, up to the end of the next sentence. Only a
 * subject pronoun: "Her brother, Curtis Whitfield, ran her campaign" says nothing about Curtis,
 * but "Ruiz said she …" does about Ruiz. Pronouns inside a quotation are the speaker's, about
 * someone else; and with another person's name before it ("Tom Beck met Ana Ruiz. She …") the
 * pronoun may be about either, so it says nothing.
 */
const KIN_BEFORE =
  /\bwhose\b|\b(?:son|daughter|husband|wife|mother|father|brother|sister|partner|boyfriend|girlfriend|child|grandson|granddaughter|nephew|niece|uncle|aunt)s?\b/i;

export function pronounGenderAfter(
  text: string,
  chunks: NameChunk[],
  i: number,
  until: number,
): 'f' | 'm' | null {
  const chunk = chunks[i]!;
  const blank = (q: string) => ' '.repeat(q.length);
  const narrative = text
    .slice(chunk.end, until)
    .replace(/[“"][^”"]*(?:[”"]|$)/g, blank)
    .replace(/[‘][^’]*(?:’(?!\p{L})|$)/gu, blank);
  // "De Wit, speaking from his home, …": a possessive after a preposition in the apposition.
  const apposition =
    /^,\s+(?:\p{Ll}+\s+){0,4}?(?:from|in|at|with|on|of|for)\s+(his|her)\s+\p{Ll}/u.exec(narrative);
  if (apposition) return apposition[1]!.toLowerCase() === 'her' ? 'f' : 'm';
  // "Vanhove said his group had …": a possessive right after the name's own speech verb.
  const own =
    /^(?:,[^,]*,)?\s+(?:said|says|added|explained|insisted|noted|stressed)\s+(?:that\s+)?(his|her)\s+\p{Ll}/u.exec(
      narrative,
    );
  if (own) return own[1]!.toLowerCase() === 'her' ? 'f' : 'm';
  const m = /\b(she|he)\b/i.exec(narrative);
  if (!m) return null;
  // "Ana Ruiz, whose son was admitted, said he had been due …": a relative or another person
  // named by a common noun before the pronoun may be whom it is about.
  if (KIN_BEFORE.test(narrative.slice(0, m.index))) return null;
  // "X said she had changed the way he thought": both genders in one clause say nothing.
  const clause = narrative.slice(m.index).split(/[.;!?]/)[0]!;
  const other = /^she$/i.test(m[1]!) ? /\b(?:he|him|his)\b/i : /\b(?:she|her|hers)\b/i;
  if (other.test(clause)) return null;
  const at = chunk.end + m.index;
  for (let k = i + 1; k < chunks.length && chunks[k]!.start < at; k++)
    if (mayNamePerson(chunks[k]!)) return null;
  return /^she$/i.test(m[1]!) ? 'f' : 'm';
}
