import { clauseStart } from './clause-start.ts';
import type { Discourse } from './discourse.ts';
import type { MentionRef } from './entity-index.ts';
import type { QuotePart } from './find-quote-spans.ts';
import type { FoundSpeaker } from './found-speaker.ts';
import { mentionsWithin } from './mention-lookup.ts';
import { findCues } from './speech-cues.ts';

/**
 * What may stand before the subject's name in its clause: a few title or role words ("Goalkeeper",
 * "The former coach"), but no verb and no preposition ("The funeral of Ana Ruiz" is not about
 * her speaking).
 */
const SUBJECT_LEAD =
  /^(?:(?!(?:of|for|to|with|at|from|by|in|on|about|and|or|is|are|was|were|has|have|had|said|says|told)\b)(?!\p{Ll}{3,}ed\b)[\p{L}\p{M}.'’-]+\s+){0,4}$/u;

/**
 * "Ruiz, who scored twice, was blunt about why. ¶ “…”" / "Ruiz said she had lost everything. ¶
 * “…”": a paragraph that is nothing but a quotation, with no cue of its own, right after a
 * paragraph of narrative whose last sentence is about one person, is that person speaking (the
 * news convention of introducing a speaker, then giving the words their own paragraph). Only
 * when that sentence names nobody else: with two people in view the quotation could be either's.
 */
export function introducedBefore(
  d: Discourse,
  first: QuotePart,
  last: QuotePart,
): FoundSpeaker | null {
  const p = first.paragraph - 1;
  if (p < 0) return null;
  const own = d.texts[first.paragraph]!;
  if (own.slice(0, first.open).trim() !== '') return null;
  const closing = d.texts[last.paragraph]!;
  if (last.close !== null && /[\p{L}\p{N}]/u.test(closing.slice(last.close + 1))) return null;
  // The paragraph before is narrative: a quotation there has its own attribution to continue.
  const text = d.texts[p]!;
  if ((d.quoted[p]?.length ?? 0) > 0 || /[“”"]/.test(text)) return null;
  const spans = d.sentences[p] ?? [];
  const sentence = spans[spans.length - 1];
  if (!sentence) return null;
  const from = clauseStart(text, sentence.start, sentence.end);
  const named = mentionsWithin(d.mentions[p]!, from, sentence.end).filter(
    (m) => m.type !== 'place',
  );
  const subject = named[0];
  if (!subject || !SUBJECT_LEAD.test(text.slice(from, subject.start))) return null;
  if (named.some((m) => m.type === 'person' && m.entityId !== subject.entityId)) return null;
  if (spokenAbout(d, first, subject)) return null;
  const type = d.facts.get(subject.entityId)?.type;
  // An organisation speaks only when the sentence reports speech ("The ministry said …").
  const speaks =
    type === 'person' ||
    (type === 'organization' && findCues(text, subject.end, sentence.end).length > 0);
  return speaks ? { speaker: { id: subject.entityId, attribution: 'name' }, cue: null } : null;
}

/**
 * "Ana Ruiz died in March. ¶ “She was the kindest …”": words that name the person, or open on
 * them in the third person, are about them, not by them.
 */
function spokenAbout(d: Discourse, first: QuotePart, subject: MentionRef): boolean {
  const words = d.texts[first.paragraph]!.slice(first.start, first.end);
  const gender = d.facts.get(subject.entityId)?.gender;
  const third =
    gender === 'f'
      ? /^(?:she|her)\b/i
      : gender === 'm'
        ? /^(?:he|his|him)\b/i
        : /^(?:he|she|his|her|him)\b/i;
  return (
    third.test(words) ||
    mentionsWithin(d.mentions[first.paragraph]!, first.start, first.end).some(
      (m) => m.entityId === subject.entityId,
    )
  );
}
