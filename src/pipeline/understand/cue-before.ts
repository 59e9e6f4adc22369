import { clauseStart } from './clause-start.ts';
import { blankNameConjunctions, blankRelativeAsides } from './blank-relative-asides.ts';
import { colonIntroduced } from './colon-introduced.ts';
import { coordinatedSubjectStart } from './coordinated-subject.ts';
import { sentenceAt, type Discourse } from './discourse.ts';
import type { QuotePart, QuoteSpan } from './find-quote-spans.ts';
import type { FoundSpeaker } from './found-speaker.ts';
import { ownAccount } from './own-account.ts';
import { reducedRelativeStart } from './reduced-relative.ts';
import { resolveSubject } from './resolve-subject.ts';
import { cuePhrase, findCues } from './speech-cues.ts';
import { whoseAppositive } from './whose-appositive.ts';
import { withAbsoluteStart } from './with-absolute.ts';

/** "Ruiz told reporters: “…”" / "… described the plan as “…”": the cue nearest the opening mark. */
export function cueBefore(
  d: Discourse,
  part: QuotePart,
  previousSpan: QuoteSpan | undefined,
  lastSpeaker: string | null,
): FoundSpeaker | null {
  const text = d.texts[part.paragraph]!;
  const spans = d.sentences[part.paragraph]!;
  let start = spans[sentenceAt(spans, part.open)]?.start ?? 0;
  const prevLast = previousSpan?.parts[previousSpan.parts.length - 1];
  if (
    prevLast &&
    prevLast.paragraph === part.paragraph &&
    prevLast.close !== null &&
    prevLast.close >= start
  )
    start = prevLast.close + 1;
  if (start >= part.open) return null;
  const cues = findCues(text, start, part.open);
  const cue = cues[cues.length - 1];
  if (!cue)
    return ownAccount(d, part, start, lastSpeaker) ?? colonIntroduced(d, part, start, lastSpeaker);
  // "According to Ana Ruiz, the chief economist, “…”": the source follows the cue.
  if (/^according to$/i.test(cue.text))
    return {
      speaker: resolveSubject(d, part.paragraph, cue.end, part.open, lastSpeaker),
      cue: cue.text,
    };
  // "she said, adding: “…”": a participle after a finite cue shares its subject.
  const finite = /ing$/i.test(cue.text) && cues.length > 1 ? cues[cues.length - 2]! : cue;
  // The subject clause starts after the last clause break before the verb that is not an aside,
  // or, in "a trend Ruiz called", at the relative clause's own subject.
  // "Ana Ruiz, who chairs the Fish and Game Society, said": an "and" inside a relative aside
  // joins names within it, it does not start a clause, so the aside is blanked for the search.
  const plain = blankNameConjunctions(
    blankRelativeAsides(text, start, finite.start),
    d.mentions[part.paragraph]!,
    start,
    finite.start,
  );
  const clause = coordinatedSubjectStart(
    plain,
    clauseStart(plain, start, finite.start),
    finite.start,
  );
  // "…, with Judge Ruiz describing it as “…”": a lone participle's own subject after "with",
  // when that names someone ("ended with a speech calling it …" falls back to the sentence's).
  const absolute =
    finite === cue && /ing$/i.test(cue.text) ? withAbsoluteStart(text, clause, cue.start) : null;
  if (absolute !== null) {
    const own = resolveSubject(d, part.paragraph, absolute, cue.start, lastSpeaker);
    if (own.id) return { speaker: own, cue: cuePhrase(text, cue, part.open) };
  }
  // "a party whose leader, Ana Ruiz, had said that it was “…”": the role's holder.
  const holder = whoseAppositive(d, part.paragraph, start, finite.start);
  if (holder)
    return { speaker: { id: holder, attribution: 'name' }, cue: cuePhrase(text, cue, part.open) };
  const from = afterSemicolon(
    text,
    reducedRelativeStart(text, clause, finite.start) ?? clause,
    finite.start,
  );
  const speaker = resolveSubject(d, part.paragraph, from, finite.start, lastSpeaker);
  return { speaker, cue: cuePhrase(text, cue, part.open) };
}

/**
 * "Police towed the boat clear of the port; skipper says …": a semicolon joins two independent
 * clauses, so the speech verb's subject lies after the last one before it, whether or not that
 * subject is a name (a bare role noun stays unresolved rather than taking the first clause's place).
 */
function afterSemicolon(text: string, from: number, verb: number): number {
  const at = text.slice(from, verb).lastIndexOf(';');
  return at < 0 ? from : from + at + 1;
}
