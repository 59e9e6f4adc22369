import { classify, FUTURE, PAST, type Tense } from './classify-tense.ts';
import {
  activePastBefore,
  decidedAhead,
  dropHedge,
  negatedPast,
  quotedTail,
  requestedAhead,
} from './tense-cues.ts';

export type { Tense } from './classify-tense.ts';

/** A date's possessive before a game's result: "Saturday's 2-0 defeat", "Sunday's win". */
const RESULT_AFTER =
  /^['’]s\s+(?:\d{1,2}[-–]\d{1,2}\s+)?(?:(?:away|home|narrow|late|emphatic|shock|surprise)\s+)?(?:win|victory|defeat|loss|draw|rout|thrashing|triumph)\b|^['’]s\s+\d{1,2}[-–]\d{1,2}\b/u;

const WINDOW = 600;

/**
 * "May" capitalised after a word or a comma is the month or a name, never the modal (which is
 * capitalised only at a sentence's start): "in Rome in May and in Doha in February" is past.
 */
const MONTH_MAY = /(?<=[\p{L}\p{N},;)][ \t]+)May\b/gu;

/** How far back "had" reaches a "by" date across its object: "had lost all her hives by May". */
const PERFECT_REACH = 8;

/** "once/if/unless/as soon as …," after a future marker: a condition whose tense is not the date's. */
const CONDITION_CLOSED =
  /\b(?:once|if|unless|as soon as)(?<=\b(?:will|would|shall|could|might|['’]ll)\b[^,;]*)\s[^,;]*,/giu;

/**
 * The tense that governs a date phrase, from the nearest marker in its sentence: first looking
 * back from the phrase to the sentence start ("would begin … in October"), then forward ("On
 * June 2, protesters blocked …"). Future markers are checked before the "-ed" rule so "is
 * expected in June" reads as future; "-ed" after a determiner or preposition is an adjective
 * ("with affected families"); after "be" it is a passive whose tense comes from the auxiliary.
 */
export function detectTense(sentence: string, start: number, end: number): Tense {
  // A tense marker sits within a few clauses of its date. Reading at most this much either side
  // keeps a sentence of thousands of dates (a page that never ends a sentence) linear.
  let from = Math.max(0, start - WINDOW);
  while (from > 0 && from < start && /\S/.test(sentence[from - 1]!)) from++;
  return tenseIn(sentence.slice(from, end + WINDOW), start - from, end - from);
}

function tenseIn(sentence: string, start: number, end: number): Tense {
  // "Wednesday's 3-1 win": a result is only known once the game is over.
  if (RESULT_AFTER.test(sentence.slice(end, end + 40))) return 'past';
  // A relative clause (", who has scored seven goals,", ", when the river froze,") has its own tense, not the date's; so has
  // a condition closed by a comma ("would be confirmed once the medical was complete, possibly
  // by 17 February": its past is the reported future's backshift).
  const before =
    sentence
      .slice(0, start)
      .replace(/,\s+(?:who|which|whose|when|where)\b[^,]*,/g, ' ')
      .replace(CONDITION_CLOSED, ' ')
      .replace(MONTH_MAY, ' ')
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  // "until at least Wednesday", "by the latest Friday": a hedge between the preposition and the
  // date does not change what the preposition says about it.
  dropHedge(before);
  const prev = before[before.length - 1];
  if (prev === 'since') return 'past';
  // Read only when needed: most dates find their tense before them.
  let afterWords: string[] | null = null;
  const wordsAfter = () =>
    (afterWords ??=
      quotedTail(sentence, start, end)
        .toLowerCase()
        .replace(/’/g, "'")
        .match(/[\p{L}']+/gu) ?? []);
  if (prev === 'until' || prev === 'till' || prev === 'through' || prev === 'by') {
    const after = wordsAfter();
    // "has until Friday to sign" looks ahead; "spending through the third quarter came in under
    // budget" is a subject whose own verb, right after it, is past; "had risen by mid-May" is
    // governed by the auxiliary before it ("until" looks ahead even then: "was adjourned until").
    // Only marker words count there: "-ed" words before it are often adjectives ("to finish
    // inspecting damaged homes by the end of September").
    const next = after.slice(0, 3).findIndex((_, i) => classify(after, i) !== null);
    if (next >= 0 && classify(after, next) === 'past') return 'past';
    // Only the verb group right before it: "had priced in a cut by July" still looks ahead.
    if (prev === 'by' || prev === 'through')
      for (let i = before.length - 2; i >= Math.max(0, before.length - 4); i--) {
        if (FUTURE.has(before[i]!)) return 'future';
        if (PAST.has(before[i]!)) return 'past';
      }
    // A past perfect further back, across a long definite object, puts the deadline in the past
    // ("had lost all 40 of her hives by May"); an indefinite object is an event still expected
    // by the date ("had priced in a cut by July").
    if (prev === 'by' && perfectBefore(before)) return 'past';
    // "peaked in March before falling to 1,450 by May": a gerund after "before"/"after" has no
    // tense of its own; the clause it hangs from gives it (read below).
    if (!(prev === 'by' && gerundClause(before))) {
      if (prev === 'until' || prev === 'till') {
        const negated = negatedPast(before);
        if (negated) return negated;
        if (!activePastBefore(before)) return 'future';
        // "gave the company until September 30 to pay": a deadline, set by the past act for an act
        // still to come (an infinitive right after the date); it may fall either side of the
        // anchor, so the nearest reading is taken.
        return wordsAfter()[0] === 'to' ? null : 'past';
      }
      return 'future';
    }
  }
  if (requestedAhead(before)) return 'future';
  if (decidedAhead(before)) return null;
  for (let i = before.length - 1; i >= 0; i--) {
    const t = classify(before, i);
    if (t) return t;
  }
  const after = wordsAfter();
  if (after[0] === 'ago') return 'past';
  for (let i = 0; i < after.length; i++) {
    const t = classify(after, i);
    if (t) return t;
  }
  return null;
}

/** "had" within reach before a final "by", with no "a"/"an" between them. */
function perfectBefore(before: string[]): boolean {
  const reach = before.slice(-PERFECT_REACH - 1, -1);
  const had = reach.lastIndexOf('had');
  return had >= 0 && !reach.slice(had).some((w) => w === 'a' || w === 'an');
}

/** "before falling to 1,450 by": "before"/"after" and an "-ing" word among the last words. */
function gerundClause(before: string[]): boolean {
  const tail = before.slice(-6, -1);
  const at = tail.findIndex((w) => w === 'before' || w === 'after');
  return at >= 0 && /^\p{L}{3,}ing$/u.test(tail[at + 1] ?? '');
}
