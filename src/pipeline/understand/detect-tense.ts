export type Tense = 'past' | 'future' | null;

const FUTURE = new Set(
  `will would shall 'll expect expects expected expecting schedule scheduled due plan plans planned
   planning intend intends intended aim aims hope hopes hoping could might may upcoming
   forthcoming proposed next ahead won't wouldn't`.split(/\s+/),
);
const PAST = new Set(
  `was were had did said told upheld held made took gave came went saw found left lost won met paid
   sold bought brought thought sent spent built began became broke chose drove fell flew fought grew
   kept knew led lent rose ran sat shot sang spoke stood stole struck swore taught threw understood
   woke wore wrote withdrew beat shed ago since last earlier previously`.split(/\s+/),
);
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
  const before =
    sentence
      .slice(0, start)
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  const prev = before[before.length - 1];
  if (prev === 'since') return 'past';
  if (prev === 'until' || prev === 'till' || prev === 'through' || prev === 'by') return 'future';
  for (let i = before.length - 1; i >= 0; i--) {
    const t = classify(before, i);
    if (t) return t;
  }
  const after =
    sentence
      .slice(end)
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  if (after[0] === 'ago') return 'past';
  for (let i = 0; i < after.length; i++) {
    const t = classify(after, i);
    if (t) return t;
  }
  return null;
}

function classify(words: string[], i: number): Tense {
  const w = words[i]!;
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  if (
    /^\p{L}{3,}ed$/u.test(w) &&
    !/(?:need|feed|seed|speed|breed|bleed|shed|proceed|exceed|succeed|indeed|hundred|red)$/.test(w)
  ) {
    const prev = words[i - 1] ?? '';
    if (prev === 'be') return 'future';
    if (NOT_VERBAL.has(prev)) return null;
    return 'past';
  }
  return null;
}
