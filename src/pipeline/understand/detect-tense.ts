export type Tense = 'past' | 'future' | null;

/**
 * Future markers ("possible", "likely": what forecasters say may happen), and the present tense of scheduling verbs: "the exhibition closes on January
 * 5", "the season opens in March" announce what is to come (news tells the past in the past).
 */
const FUTURE = new Set(
  `will would shall 'll expect expects expected expecting schedule scheduled due plan plans planned
   planning intend intends intended aim aims hope hopes hoping could might may should upcoming
   forthcoming proposed next ahead won't wouldn't opens closes begins starts ends resumes reopens
   launches expires possible likely`.split(/\s+/),
);
const PAST = new Set(
  `was were had did said told upheld held made took gave came went saw found left lost won met paid
   sold bought brought thought sent spent built began became broke chose drove fell flew fought grew
   kept knew led lent rose ran sat shot sang spoke stood stole struck swore taught threw understood
   woke wore wrote withdrew beat shed ago since last earlier previously`.split(/\s+/),
);
/**
 * Words ending in "-ed" that are not past-tense verbs. Whole words only: a suffix test such as
 * /red$/ (for "hatred") also threw out "offered", "covered" and "ordered".
 */
const NOT_PAST_ED = new Set(
  `need feed seed speed breed bleed shed proceed exceed succeed indeed hundred hatred
   sacred kindred naked wicked rugged ragged jagged beloved aged`.split(/\s+/),
);
/**
 * Future markers that are also nouns: after a determiner ("submitted its plans in March", "our
 * hope") they name a thing and say nothing about when.
 */
const FUTURE_NOUNS = new Set(`plan plans aim aims hope hopes schedule`.split(/\s+/));
const DETERMINERS = new Set(
  `a an the its their his her our my your this that these those whose`.split(/\s+/),
);
/**
 * Schedule words that a past copula turns into a plan already overtaken: "was due to be applied
 * from 17 October", "were scheduled for March" tell of a date the narrative has reached.
 */
const OVERTAKEN_PLAN = new Set(['due', 'scheduled']);
const PAST_COPULA = new Set(['was', 'were']);

/** Words that make a following "-ed" word an adjective or a passive, not a past-tense verb. */
const NOT_VERBAL = new Set(
  `a an the with of for in on at by from to its their his her our my your this that these those
   some many most all more less and or be being been is are not newly`.split(/\s+/),
);

/**
 * The tense that governs a date phrase, from the nearest marker in its sentence: first looking
 * back from the phrase to the sentence start ("would begin … in October"), then forward ("On
 * June 2, protesters blocked …"). Future markers are checked before the "-ed" rule so "is
 * expected in June" reads as future; "-ed" after a determiner or preposition is an adjective
 * ("with affected families"); after "be" it is a passive whose tense comes from the auxiliary.
 */
export function detectTense(sentence: string, start: number, end: number): Tense {
  // "Wednesday's 3-1 win": a result is only known once the game is over.
  if (RESULT_AFTER.test(sentence.slice(end, end + 40))) return 'past';
  // A relative clause (", who has scored seven goals,") has its own tense, not the date's; so has
  // a condition closed by a comma ("would be confirmed once the medical was complete, possibly
  // by 17 February": its past is the reported future's backshift).
  const before =
    sentence
      .slice(0, start)
      .replace(/,\s+(?:who|which|whose)\b[^,]*,/g, ' ')
      .replace(CONDITION_CLOSED, ' ')
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
    if (prev === 'until' || prev === 'till') {
      if (!activePastBefore(before)) return 'future';
      // "gave the company until September 30 to pay": a deadline, set by the past act for an act
      // still to come (an infinitive right after the date); it may fall either side of the
      // anchor, so the nearest reading is taken.
      return wordsAfter()[0] === 'to' ? null : 'past';
    }
    return 'future';
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

/** Auxiliaries and copulas: "was adjourned until", "was valid until" still look ahead. */
// "would stay closed until", "remains shut until": a state verb before a participle makes it
// an adjective, so the state looks ahead like a passive does.
const AUXILIARIES = new Set(
  `was were had did been be is are being remained stayed remain remains stay stays`.split(/\s+/),
);

/**
 * "kept working until November", "lived there until 2019": an active past verb in the verb group
 * right before "until" tells of an activity that ended then. A passive ("was adjourned until")
 * or a copula ("was open until") still looks ahead, and so does any future marker.
 */
function activePastBefore(before: string[]): boolean {
  for (let i = before.length - 2; i >= Math.max(0, before.length - 4); i--) {
    const w = before[i]!;
    if (FUTURE.has(w)) return false;
    if (AUXILIARIES.has(w)) return false;
    const t = classify(before, i);
    if (t === 'past') return !AUXILIARIES.has(before[i - 1] ?? '');
    if (t === 'future') return false;
  }
  return false;
}

/** Present-tense verbs that, with the next word, announce a schedule ("takes effect"). */
// Third person only: "was due to take effect" is an infinitive, its tense comes from "was due".
const SCHEDULE_VERBS = new Set(['takes', 'comes', 'goes']);
const SCHEDULE_OBJECTS = new Set(['effect', 'place', 'into']);

/** A date's possessive before a game's result: "Saturday's 2-0 defeat", "Sunday's win". */
const RESULT_AFTER =
  /^['’]s\s+(?:\d{1,2}[-–]\d{1,2}\s+)?(?:(?:away|home|narrow|late|emphatic|shock|surprise)\s+)?(?:win|victory|defeat|loss|draw|rout|thrashing|triumph)\b|^['’]s\s+\d{1,2}[-–]\d{1,2}\b/u;

/** "once/if/unless/as soon as …," after a future marker: a condition whose tense is not the date's. */
const CONDITION_CLOSED =
  /\b(?:once|if|unless|as soon as)(?<=\b(?:will|would|shall|could|might|['’]ll)\b[^,;]*)\s[^,;]*,/giu;

/**
 * The words after the phrase that may govern it. Inside a quotation, the reporting clause after
 * the closing mark ("“… open beyond December,” the statement said") tells when the words were
 * said, not when their date falls: reading stops at the mark.
 */
function quotedTail(sentence: string, start: number, end: number): string {
  // Curly marks open and close; a straight one toggles.
  let open = false;
  for (const c of sentence.slice(0, start).match(/[“”"]/g) ?? [])
    open = c === '“' ? true : c === '”' ? false : !open;
  if (!open) return sentence.slice(end);
  const close = sentence.slice(end).search(/[”"]/);
  return close < 0 ? sentence.slice(end) : sentence.slice(end, end + close);
}

/** Verbs of deciding and promising: the infinitive after them names an act still to come. */
const DECISIONS = new Set(
  `voted agreed decided approved resolved pledged vowed promised opted chose moved threatened
   offered`.split(/\s+/),
);

/**
 * "voted on Tuesday to close the school in May": the date belongs to the infinitive, whose act
 * comes after the decision but may lie either side of the anchor, so the past verb does not
 * govern it and the nearest reading is taken. Only when nothing in the infinitive's own words
 * marks a tense.
 */
function decidedAhead(before: string[]): boolean {
  const to = before.lastIndexOf('to');
  if (to < 1 || to >= before.length - 1) return false;
  for (let i = to + 1; i < before.length; i++) if (classify(before, i)) return false;
  for (let j = to - 1; j >= Math.max(0, to - 4); j--) if (DECISIONS.has(before[j]!)) return true;
  return false;
}

/** Verbs that ask someone else to act: what they ask for comes after the asking. */
const REQUESTS = new Set(
  `asked urged told ordered pressed instructed invited encouraged requested called`.split(/\s+/),
);

/**
 * "has asked Brussels to publish a list before the summer": a standing request (present
 * perfect) governs an infinitive whose action is still to come, so the date looks ahead though
 * "asked" is a past form. Only when nothing in the infinitive's own words marks a tense.
 */
function requestedAhead(before: string[]): boolean {
  const to = before.lastIndexOf('to');
  if (to < 2 || to >= before.length - 1) return false;
  for (let i = to + 1; i < before.length; i++) if (classify(before, i)) return false;
  for (let j = to - 1; j >= Math.max(1, to - 4); j--)
    if (REQUESTS.has(before[j]!)) return before[j - 1] === 'has' || before[j - 1] === 'have';
  return false;
}

function classify(words: string[], i: number): Tense {
  const w = words[i]!;
  const prev = words[i - 1] ?? '';
  if (FUTURE.has(w)) return markerTense(words, i);
  // "The change takes effect Sept. 1", "the law comes into force in May": a schedule.
  if (SCHEDULE_VERBS.has(w) && SCHEDULE_OBJECTS.has(words[i + 1] ?? '')) return 'future';
  // "would now be held on May 2", "was due to be applied from 17 October": a participle after
  // "be" takes its tense from the auxiliary before it, and looks ahead when there is none.
  const participle = PAST.has(w) || (/^\p{L}{3,}ed$/u.test(w) && !NOT_PAST_ED.has(w));
  if (participle && prev === 'be') {
    for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
      if (FUTURE.has(words[j]!)) return markerTense(words, j);
      if (PAST.has(words[j]!)) return 'past'; // "was to be held in March"
    }
    return 'future';
  }
  if (PAST.has(w)) return 'past';
  if (participle) {
    if (NOT_VERBAL.has(prev)) return null;
    return 'past';
  }
  return null;
}

/** A future marker's tense: none as a noun ("its plans"), past as a plan overtaken ("was due"). */
function markerTense(words: string[], i: number): Tense {
  const w = words[i]!;
  const prev = words[i - 1] ?? '';
  if (FUTURE_NOUNS.has(w) && DETERMINERS.has(prev)) return null;
  if (OVERTAKEN_PLAN.has(w) && PAST_COPULA.has(prev)) return 'past';
  return 'future';
}

/** Hedges that may stand between a preposition and its date ("until at least", "by no later than"). */
const HEDGES = [
  ['at', 'least'],
  ['at', 'the', 'earliest'],
  ['at', 'the', 'latest'],
  ['no', 'later', 'than'],
  ['no', 'earlier', 'than'],
];

/** Drops a trailing hedge from the words before a date, in place. */
function dropHedge(before: string[]): void {
  for (const hedge of HEDGES) {
    const n = hedge.length;
    if (before.length > n && hedge.every((w, i) => before[before.length - n + i] === w)) {
      before.length -= n;
      return;
    }
  }
}
