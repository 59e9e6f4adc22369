import { sentenceAt, type Discourse } from './discourse.ts';
import type { QuotePart } from './find-quote-spans.ts';
import type { FoundSpeaker } from './found-speaker.ts';
import { resolveSubject } from './resolve-subject.ts';
import { findCues } from './speech-cues.ts';

/** Words allowed between a quotation and its speech verb ("the defendant's lawyer, Ana Ruiz, said"). */
const MAX_SUBJECT_WORDS = 10;
const CLAUSE_OPENER =
  /^[\s,;:—–-]*(?:and|but|or|nor|while|whereas|as|because|although|though|before|after|when|which|that|who|so|then|to|if|since|until|in|on|at|for|with|from|by|of)(?![\p{L}\p{M}])/iu;

/** "…” the growers sent, and warned": "and"/"but" right before the verb (an adverb may stand between). */
const COORDINATED_VERB = /[\s,](?:and|but)\s+(?:(?:also|then|later|\p{Ll}{3,}ly)\s+)?$/u;
/** "…”, noting that …", "…”, citing how …". */
const PARTICIPLE_OPENER = /^[\s,;:—–-]*\p{Ll}+ing\s+(?:that|how|what|whether)\b/u;
/** Appositions after a name may be long; past this many words a verb belongs to something else. */
const MAX_APPOSITIVE_WORDS = 24;

/**
 * How many words of the lead count against the subject limit. "…,” Ana Ruiz, the deputy chief
 * economist of a large bank, said": a name followed by comma-bounded appositions that end right
 * before the verb is one subject however long its descriptions, so only the words before the
 * first comma count (within a looser bound).
 */
function subjectWords(lead: string): number {
  const words = lead.split(/\s+/).filter(Boolean).length;
  const apposed = /^[\s,]*([^,]+),[^;:.!?]*,\s*$/.exec(lead);
  if (!apposed || words > MAX_APPOSITIVE_WORDS) return words;
  const head = apposed[1]!.trim();
  // Only a capitalised name stands at the head ("Councillor Ana Ruiz"), not "the man who …".
  return /^\p{Lu}/u.test(head) ? head.split(/\s+/).length : words;
}

/** "…,” said Ana Ruiz." / "…,” Ana Ruiz said." / "…?” Ruiz asked." */
export function cueAfter(
  d: Discourse,
  part: QuotePart,
  lastSpeaker: string | null,
): FoundSpeaker | null {
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
  if (/["“”]/.test(lead) || subjectWords(lead) > MAX_SUBJECT_WORDS) return null;
  // "… “a sensible first step” and said …": a new clause, not the quotation's attribution.
  if (CLAUSE_OPENER.test(lead)) return null;
  // "She said the board had “ignored every letter” the growers sent, and warned …": a verb right
  // after "and" shares the sentence's own subject; the words before it are an object.
  if (COORDINATED_VERB.test(lead)) return null;
  // "…”, noting that the council had declared …": a participle opens a new phrase about
  // something else; the verb inside it does not attribute the quotation.
  if (PARTICIPLE_OPENER.test(lead)) return null;
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
