import { type Discourse } from './discourse.ts';
import { mentionsWithin } from './mention-lookup.ts';
import { resolvePronoun } from './resolve-pronoun.ts';
import { sentencesBack } from './sentences-back.ts';

/** "X pressed him on …", "X asked her why …": a question put to someone named by a pronoun. */
const QUESTIONED =
  /\b(?:pressed|asked|questioned|challenged|quizzed|grilled|confronted)\s+(him|her)\b/i;

/**
 * "Pryor said he had warned them. Holt pressed him on why nothing was done. “We put it in
 * writing,” he said.": a quotation right after someone is questioned is the answer, so a pronoun
 * of the questioned one's gender goes to them, not to the questioner who is the sentence's
 * subject. Only when the quotation opens its sentence and is not itself a question, and the
 * questioner is named before the verb; the one asked is whoever the object pronoun points back
 * to, anyone but the questioner. Null when the pattern does not hold.
 */
export function answersQuestion(
  d: Discourse,
  paragraph: number,
  offset: number,
  gender: 'f' | 'm',
): string | null {
  const [here, before] = [...sentencesBack(d, paragraph, offset, 2)];
  if (!here || !before) return null;
  const own = d.texts[here.paragraph]!.slice(here.start, here.end);
  if (!/^\s*[“"]/.test(own) || /\?\s*[”"]/.test(own)) return null;
  const sentence = d.texts[before.paragraph]!.slice(before.start, before.end);
  if (/[“”"]/.test(sentence)) return null;
  const m = QUESTIONED.exec(sentence);
  if (!m || (m[1]!.toLowerCase() === 'her') !== (gender === 'f')) return null;
  const people = mentionsWithin(
    d.mentions[before.paragraph]!,
    before.start,
    before.start + m.index,
  ).filter((x) => x.type === 'person');
  const asker = people[people.length - 1];
  if (!asker) return null;
  // From the verb back: "Ruiz interrupted, and Holt asked him to wait" puts the one asked in
  // the same sentence.
  return resolvePronoun(
    d,
    before.paragraph,
    before.start + m.index,
    gender,
    null,
    (id) => id !== asker.entityId,
  );
}
