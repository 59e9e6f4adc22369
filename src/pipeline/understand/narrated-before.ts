import { clauseStart } from './clause-start.ts';
import { sentenceAt, type Discourse } from './discourse.ts';
import type { QuotePart } from './find-quote-spans.ts';
import type { FoundSpeaker } from './found-speaker.ts';
import { resolveSubject } from './resolve-subject.ts';
import { findCues } from './speech-cues.ts';

/**
 * "Ruiz stressed that the plan was sound. “It will work.”": a quotation that stands alone right
 * after a sentence of reported speech in the same paragraph is that sentence's speaker's.
 */
export function narratedBefore(
  d: Discourse,
  part: QuotePart,
  lastSpeaker: string | null,
): FoundSpeaker | null {
  const text = d.texts[part.paragraph]!;
  const spans = d.sentences[part.paragraph]!;
  const s = sentenceAt(spans, part.open);
  const own = spans[s];
  const before = spans[s - 1];
  if (!own || !before || text.slice(own.start, part.open).trim() !== '') return null;
  const sentence = text.slice(before.start, before.end);
  if (/["“”]/.test(sentence)) return null;
  const cue = findCues(text, before.start, before.end)[0];
  if (!cue || /ing$/i.test(cue.text)) return null;
  const speaker = resolveSubject(
    d,
    part.paragraph,
    clauseStart(text, before.start, cue.start),
    cue.start,
    lastSpeaker,
  );
  const type = speaker.id ? d.facts.get(speaker.id)?.type : null;
  return type === 'person' || type === 'organization' ? { speaker, cue: null } : null;
}
