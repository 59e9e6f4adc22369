import type { Discourse } from './discourse.ts';
import type { QuotePart } from './find-quote-spans.ts';
import type { FoundSpeaker } from './found-speaker.ts';
import { resolveSubject } from './resolve-subject.ts';

/**
 * "Tal was more cautious: “It is early days.”": a clause ending in a colon right before the
 * quotation introduces it; its subject, when that is a person, is the speaker.
 */
export function colonIntroduced(
  d: Discourse,
  part: QuotePart,
  start: number,
  lastSpeaker: string | null,
): FoundSpeaker | null {
  const text = d.texts[part.paragraph]!;
  if (!/:\s*$/.test(text.slice(start, part.open))) return null;
  const speaker = resolveSubject(d, part.paragraph, start, part.open, lastSpeaker);
  const person = speaker.id && d.facts.get(speaker.id)?.type === 'person';
  return person ? { speaker, cue: null } : null;
}
