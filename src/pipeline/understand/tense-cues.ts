import { classify, FUTURE } from './classify-tense.ts';

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
export function activePastBefore(before: string[]): boolean {
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

/**
 * The words after the phrase that may govern it. Inside a quotation, the reporting clause after
 * the closing mark ("“… open beyond December,” the statement said") tells when the words were
 * said, not when their date falls: reading stops at the mark.
 */
export function quotedTail(sentence: string, start: number, end: number): string {
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
export function decidedAhead(before: string[]): boolean {
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
export function requestedAhead(before: string[]): boolean {
  const to = before.lastIndexOf('to');
  if (to < 2 || to >= before.length - 1) return false;
  for (let i = to + 1; i < before.length; i++) if (classify(before, i)) return false;
  for (let j = to - 1; j >= Math.max(1, to - 4); j--) {
    if (REQUESTS.has(before[j]!)) return before[j - 1] === 'has' || before[j - 1] === 'have';
    if (requestingNow(before, j)) return true;
  }
  return false;
}

/** Present forms of the request verbs: "asks", "is urging". */
const REQUESTS_NOW = new Set(
  `asks urges orders presses invites encourages requests calls asking urging ordering pressing
   inviting encouraging requesting calling`.split(/\s+/),
);
const PRESENT_BE = new Set(['am', 'is', 'are', "i'm", "we're", "they're", "he's", "she's", "it's"]);

/**
 * "We are asking the board to hold a vote on Friday", "the union urges members to vote in
 * May": a request made now (present simple or present progressive) asks for an act still to
 * come. A progressive needs a present "be" right before it ("was asking" is past).
 */
function requestingNow(before: string[], j: number): boolean {
  const w = before[j]!;
  if (!REQUESTS_NOW.has(w)) return false;
  return !w.endsWith('ing') || PRESENT_BE.has(before[j - 1] ?? '');
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
export function dropHedge(before: string[]): void {
  for (const hedge of HEDGES) {
    const n = hedge.length;
    if (before.length > n && hedge.every((w, i) => before[before.length - n + i] === w)) {
      before.length -= n;
      return;
    }
  }
}

/** Past auxiliaries that, negated, place "until" at the moment the act finally happened. */
const PAST_AUX = new Set(['did', 'had', 'was', 'were']);

/**
 * "did not reach the villages until March 2", "hadn't arrived until Friday": a negated past verb
 * group before "until" says the act took place then, so the date is past. Only the verb group
 * right before "until" (up to six words, no future marker between), so "was not expected until
 * May" still looks ahead.
 */
export function negatedPast(before: string[]): 'past' | null {
  for (let i = before.length - 2; i >= Math.max(0, before.length - 7); i--) {
    const w = before[i]!;
    if (FUTURE.has(w)) return null;
    const aux = w === 'not' || w === 'never' ? before[i - 1] : /^(\w+)n't$/.exec(w)?.[1];
    if (aux !== undefined) return PAST_AUX.has(aux) ? 'past' : null;
  }
  return null;
}
