import type { Day } from './calendar-math.ts';
import type { Tense } from './detect-tense.ts';

/** The dates already read, latest first by granularity: what "the day before" refers to. */
export type Previous = { day: string | null; month: string | null; year: string | null };
export const NO_PREVIOUS: Previous = { day: null, month: null, year: null };

/** A date phrase found in a sentence, with how to turn it into a TIMEX3 value. */
export type DatePhrase = {
  start: number;
  end: number;
  /** Higher wins when phrases overlap and have the same length. */
  priority: number;
  value: (anchor: Day | null, tense: Tense, previous: Previous) => string | null;
};

export type Rule = {
  re: RegExp;
  priority: number;
  make: (m: RegExpExecArray) => DatePhrase['value'] | null;
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
export const NUMBER_RE = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}';
export const countOf = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

export const SHIFT: Record<string, number> = { last: -1, this: 0, next: 1, coming: 1 };

export const year = (s: string | undefined) => (s ? Number(s) : null);

/** An explicit year, else the anchor's shifted by "last"/"next"; null without an anchor. */
export function yearOf(anchor: Day | null, word: string | undefined, explicit: number | null) {
  if (explicit !== null) return explicit;
  if (!anchor) return null;
  return anchor.y + (word ? (SHIFT[word.toLowerCase()] ?? 0) : 0);
}

export const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December';
