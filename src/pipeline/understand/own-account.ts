import type { Discourse } from './discourse.ts';
import type { QuotePart } from './find-quote-spans.ts';
import type { FoundSpeaker } from './found-speaker.ts';
import { resolvePronoun } from './resolve-pronoun.ts';

/** "by her own account", "in his words", "in her own telling": the pronoun's referent said it. */
const OWN_ACCOUNT =
  /\b(?:by|in)\s+(her|his)\s+(?:own\s+)?(?:account|words|telling|admission|description)\b[^“"]*$/i;

export function ownAccount(
  d: Discourse,
  part: QuotePart,
  start: number,
  lastSpeaker: string | null,
): FoundSpeaker | null {
  const text = d.texts[part.paragraph]!;
  const m = OWN_ACCOUNT.exec(text.slice(start, part.open));
  if (!m) return null;
  const gender = m[1]!.toLowerCase() === 'her' ? 'f' : 'm';
  const id = resolvePronoun(d, part.paragraph, start + m.index, gender, lastSpeaker);
  return id ? { speaker: { id, attribution: 'pronoun' }, cue: null } : null;
}
