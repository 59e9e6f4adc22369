export type Tense = 'past' | 'future' | null;

/**
 * Future markers ("possible", "likely": what forecasters say may happen), and the present tense of scheduling verbs: "the exhibition closes on January
 * 5", "the season opens in March" announce what is to come (news tells the past in the past).
 */
export const FUTURE = new Set(
  `will would shall 'll expect expects expected expecting schedule scheduled due plan plans planned
   planning intend intends intended aim aims hope hopes hoping could might may should upcoming
   forthcoming proposed next ahead won't wouldn't opens closes begins starts ends resumes reopens
   launches expires possible likely`.split(/\s+/),
);
export const PAST = new Set(
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

/**
 * Words that make a following "-ed" word an adjective or a passive, not a past-tense verb. Linking
 * verbs count: in "will stay closed on Monday", "remain sealed until" the "-ed" word is a state.
 */
const NOT_VERBAL = new Set(
  `a an the with of for in on at by from to its their his her our my your this that these those
   some many most all more less and or be being been is are not newly stay stays remain remains`.split(
    /\s+/,
  ),
);

/** Present-tense verbs that, with the next word, announce a schedule ("takes effect"). */
// Third person only: "was due to take effect" is an infinitive, its tense comes from "was due".
const SCHEDULE_VERBS = new Set(['takes', 'comes', 'goes']);
const SCHEDULE_OBJECTS = new Set(['effect', 'place', 'into']);

export function classify(words: string[], i: number): Tense {
  const w = words[i]!;
  const prev = words[i - 1] ?? '';
  if (FUTURE.has(w)) return markerTense(words, i);
  // "The change takes effect Sept. 1", "the law comes into force in May": a schedule.
  if (SCHEDULE_VERBS.has(w) && SCHEDULE_OBJECTS.has(words[i + 1] ?? '')) return 'future';
  // "the levy applies to all boats from 1 July": a rule that applies
  // from a date announces when it starts, as "takes effect" does.
  if ((w === 'applies' || w === 'apply') && words.slice(i + 1, i + 7).includes('from'))
    return 'future';
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
  // "will have finished by May", "we will have the system tested before June": a participle
  // in a verb group opened by "will have" (future perfect or causative) looks ahead.
  if (participle && futureHave(words, i)) return 'future';
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

/** A plain future marker (not "would", "could": those also tell of a past that did not happen). */
const WILL = new Set(['will', 'shall', "'ll", "won't"]);

/** "will have" or "will get" within the four words before a participle (its object between). */
function futureHave(words: string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 5); j--) {
    const w = words[j]!;
    if ((w === 'have' || w === 'get') && (WILL.has(words[j - 1]!) || /'ll$/.test(words[j - 1]!)))
      return true;
    if (PAST.has(w) || FUTURE.has(w)) return false;
  }
  return false;
}
