import type { Quote } from '../shared/article-schema.ts';
import type { Segmented } from './02-segment.ts';
import type { EntityIndex } from './03-entities.ts';
import { orgsByHead, sentenceAt, type Discourse } from './understand/discourse.ts';
import { findQuoteSpans, type QuotePart, type QuoteSpan } from './understand/find-quote-spans.ts';
import { mentionsWithin, uniqueIds } from './understand/mention-lookup.ts';
import { resolvePronoun } from './understand/resolve-pronoun.ts';
import { resolveSubject, type Speaker } from './understand/resolve-subject.ts';
import { cuePhrase, findCues } from './understand/speech-cues.ts';

/** Words allowed between a quotation and its speech verb ("the defendant's lawyer, Ana Ruiz, said"). */
const MAX_SUBJECT_WORDS = 10;
const CLAUSE_OPENER =
  /^[\s,;:—–-]*(?:and|but|or|nor|while|whereas|as|because|although|though|before|after|when|which|that|who|so|then|to|if|since|until|in|on|at|for|with|from|by|of)(?![\p{L}\p{M}])/iu;

/**
 * Stage 4: direct quotations and who said them, as an ordered sieve (after Muzny et al. 2017):
 * 1. the words right after the closing mark ("…,” said Ana Ruiz" / "…,” she added");
 * 2. the clause before the opening mark ("Ruiz told reporters: “…”", "called it “…”");
 * 3. a quotation with no cue of its own continues the previous speaker when it follows it directly.
 * When nothing fits, the speaker stays null: a wrong name is worse than none.
 */
export function extractQuotes(segmented: Segmented, index: EntityIndex): Quote[] {
  const texts = segmented.paragraphs.map((p) => p.text);
  const spans = findQuoteSpans(texts);
  const quoted = texts.map((): { start: number; end: number }[] => []);
  for (const q of spans)
    for (const p of q.parts) quoted[p.paragraph]!.push({ start: p.start, end: p.end });
  const d: Discourse = {
    texts,
    sentences: index.sentencesByParagraph,
    mentions: index.mentionsByParagraph,
    facts: index.facts,
    quoted,
    orgByHead: orgsByHead(index.facts),
  };

  const quotes: Quote[] = [];
  let previous: { speaker: string | null; paragraph: number; end: number } | null = null;
  spans.forEach((span, i) => {
    const first = span.parts[0]!;
    const last = span.parts[span.parts.length - 1]!;
    const lastSpeaker = previous?.speaker ?? null;
    let found = cueAfter(d, last, lastSpeaker) ?? cueBefore(d, first, spans[i - 1], lastSpeaker);
    if (!found && previous?.speaker && followsDirectly(d, previous, first)) {
      found = { speaker: { id: previous.speaker, attribution: 'continuation' }, cue: null };
    }
    found ??= narratedBefore(d, first, lastSpeaker);
    const speaker = found?.speaker ?? { id: null, attribution: 'none' as const };
    const mentionIds = uniqueIds(
      span.parts.flatMap((p) => mentionsWithin(d.mentions[p.paragraph]!, p.start, p.end)),
    );
    quotes.push({
      id: `q${quotes.length + 1}`,
      paragraphId: segmented.paragraphs[first.paragraph]!.id,
      start: first.start,
      end: first.end,
      text: span.text,
      speakerId: speaker.id,
      cue: found?.cue ?? null,
      attribution: speaker.id ? speaker.attribution : 'none',
      continuations: span.parts.slice(1).map((p) => ({
        paragraphId: segmented.paragraphs[p.paragraph]!.id,
        start: p.start,
        end: p.end,
      })),
      mentionIds,
    });
    previous = { speaker: speaker.id, paragraph: last.paragraph, end: last.close ?? last.end };
  });
  return quotes;
}

type Found = { speaker: Speaker; cue: string | null };

/** "…,” said Ana Ruiz." / "…,” Ana Ruiz said." / "…?” Ruiz asked." */
function cueAfter(d: Discourse, part: QuotePart, lastSpeaker: string | null): Found | null {
  if (part.close === null) return null;
  const text = d.texts[part.paragraph]!;
  const quoteText = text.slice(part.start, part.end);
  if (/[.]$/.test(quoteText.trim())) return null; // a full stop inside the marks ends the sentence
  const from = part.close + 1;
  // "… by her own account, “a great many crossings”. De Wit said …": a full stop right after
  // the closing mark ends the sentence; the next one is not its attribution.
  if (/^\s*\.(?!\.)/.test(text.slice(from, from + 3))) return null;
  const end = afterEnd(d, part.paragraph, from);
  // A participle after the quotation opens a new phrase ("…”, saying costs had risen"), it does
  // not attribute it.
  const cues = findCues(text, from, end).filter((c) => !/ing$/i.test(c.text));
  const cue = cues[0];
  if (!cue) return null;
  const lead = text.slice(from, cue.start);
  if (/["“”]/.test(lead) || lead.split(/\s+/).filter(Boolean).length > MAX_SUBJECT_WORDS)
    return null;
  // "… “a sensible first step” and said …": a new clause, not the quotation's attribution.
  if (CLAUSE_OPENER.test(lead)) return null;
  if (/^[\s,;:—–-]*$/.test(lead)) {
    // Inverted: the speaker follows the verb ("said finance chief Helen Park, adding …").
    const stop = text.slice(cue.end, end).search(/,\s+\p{Ll}+ing\b|[;:]/u);
    const speaker = resolveSubject(
      d,
      part.paragraph,
      cue.end,
      stop < 0 ? end : cue.end + stop,
      lastSpeaker,
    );
    const inverted = invertedPronoun(text.slice(cue.end, end));
    if (inverted && !speaker.id)
      return {
        speaker: resolveSubject(d, part.paragraph, cue.end, cue.end + inverted, lastSpeaker),
        cue: cue.text,
      };
    return { speaker, cue: cue.text };
  }
  return {
    speaker: resolveSubject(d, part.paragraph, from, cue.start, lastSpeaker),
    cue: cue.text,
  };
}

/** "said she" (rare, literary): length of the text up to and including the pronoun. */
function invertedPronoun(after: string): number | null {
  const m = /^\s*(?:he|she)\b/i.exec(after);
  return m ? m[0].length : null;
}

/** Where the words that may attribute a quotation end: the end of its sentence (or of the next
 * one, when the closing mark itself ended a sentence: "…?” Mehta said."), or the next quotation. */
function afterEnd(d: Discourse, paragraph: number, from: number): number {
  const text = d.texts[paragraph]!;
  const spans = d.sentences[paragraph]!;
  const s = sentenceAt(spans, from);
  let end = spans[s]?.end ?? text.length;
  if (end <= from + 1) end = spans[s + 1]?.end ?? text.length;
  const nextMark = text.slice(from, end).search(/[“"]/);
  return nextMark < 0 ? end : from + nextMark;
}

/** "Ruiz told reporters: “…”" / "… described the plan as “…”": the cue nearest the opening mark. */
function cueBefore(
  d: Discourse,
  part: QuotePart,
  previousSpan: QuoteSpan | undefined,
  lastSpeaker: string | null,
): Found | null {
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
  // The subject clause starts after the last clause break before the verb that is not an aside.
  const speaker = resolveSubject(
    d,
    part.paragraph,
    clauseStart(text, start, finite.start),
    finite.start,
    lastSpeaker,
  );
  return { speaker, cue: cuePhrase(text, cue, part.open) };
}

/** "by her own account", "in his words", "in her own telling": the pronoun's referent said it. */
const OWN_ACCOUNT =
  /\b(?:by|in)\s+(her|his)\s+(?:own\s+)?(?:account|words|telling|admission|description)\b[^“"]*$/i;

function ownAccount(
  d: Discourse,
  part: QuotePart,
  start: number,
  lastSpeaker: string | null,
): Found | null {
  const text = d.texts[part.paragraph]!;
  const m = OWN_ACCOUNT.exec(text.slice(start, part.open));
  if (!m) return null;
  const gender = m[1]!.toLowerCase() === 'her' ? 'f' : 'm';
  const id = resolvePronoun(d, part.paragraph, start + m.index, gender, lastSpeaker);
  return id ? { speaker: { id, attribution: 'pronoun' }, cue: null } : null;
}

/**
 * "Tal was more cautious: “It is early days.”": a clause ending in a colon right before the
 * quotation introduces it; its subject, when that is a person, is the speaker.
 */
function colonIntroduced(
  d: Discourse,
  part: QuotePart,
  start: number,
  lastSpeaker: string | null,
): Found | null {
  const text = d.texts[part.paragraph]!;
  if (!/:\s*$/.test(text.slice(start, part.open))) return null;
  const speaker = resolveSubject(d, part.paragraph, start, part.open, lastSpeaker);
  const person = speaker.id && d.facts.get(speaker.id)?.type === 'person';
  return person ? { speaker, cue: null } : null;
}

/**
 * A fronted adverbial clause or phrase ("When Okafor called the vote, a man shouted", "In a
 * statement to the exchange on Monday, the board said"): the subject comes after its comma, so
 * the names inside it are not candidates.
 */
const FRONTED =
  /^(?:When|Whenever|While|After|Before|As|Since|Although|Though|If|Once|Because|Until|In|On|At|During|Following|Despite|Asked|Speaking|Earlier|Later|Meanwhile)(?![\p{L}\p{M}])[^,;:“”"]*,\s+(?=\S)/u;

/**
 * "Ruiz stressed that the plan was sound. “It will work.”": a quotation that stands alone right
 * after a sentence of reported speech in the same paragraph is that sentence's speaker's.
 */
function narratedBefore(d: Discourse, part: QuotePart, lastSpeaker: string | null): Found | null {
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

/** "…, and said …" / "…; she said": a coordinated clause starts a new subject. */
function clauseStart(text: string, start: number, cue: number): number {
  const fronted = FRONTED.exec(text.slice(start, cue));
  if (fronted) start += fronted[0].length;
  const region = text.slice(start, cue);
  let best = start;
  for (const m of region.matchAll(/(?:;|\band\b|\bbut\b)\s+/g)) {
    const rest = region.slice(m.index + m[0].length);
    // Only when a new subject follows (a name or pronoun), not "said X and that Y".
    if (/^(?:he|she|they|\p{Lu})/u.test(rest)) best = start + m.index + m[0].length;
  }
  return best;
}

/** The previous quotation ended in this paragraph, or ended the previous one and this one opens. */
function followsDirectly(
  d: Discourse,
  previous: { speaker: string | null; paragraph: number; end: number },
  first: QuotePart,
): boolean {
  const text = d.texts[first.paragraph]!;
  if (previous.paragraph === first.paragraph) {
    // Nobody but the previous speaker is named between the two quotations.
    return !mentionsWithin(d.mentions[first.paragraph]!, previous.end + 1, first.open).some(
      (m) => m.type === 'person' && m.entityId !== previous.speaker,
    );
  }
  return previous.paragraph === first.paragraph - 1 && text.slice(0, first.open).trim() === '';
}
