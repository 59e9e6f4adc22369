import type { Day } from './calendar-math.ts';
import type { Tense } from './detect-tense.ts';
import { WEEKDAYS } from './lexicon.ts';
import { quarterValue, relativeValue, seasonValue, weekdayValue } from './resolve-relative.ts';

/** A date phrase found in a sentence, with how to turn it into a TIMEX3 value. */
export type DatePhrase = {
  start: number;
  end: number;
  /** Higher wins when phrases overlap and have the same length. */
  priority: number;
  value: (anchor: Day | null, tense: Tense) => string | null;
};

const NUMBER_WORDS: Record<string, number> = {
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
const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};
const SEASON: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};
const SHIFT: Record<string, number> = { last: -1, this: 0, next: 1, coming: 1 };

/** Prepositions after which a four-digit number is a year even before a plural noun. */
const YEAR_PREPS =
  /(?:in|since|by|of|from|until|to|between|and|before|after|during|around|through|for|early|late|mid|the|until|till|circa|c\.)\s+$/i;
/** Nouns that make a four-digit number a count ("2019 people"), not a year. */
const COUNT_NOUN = /^\s+(?:\p{Ll}+s\b|people|staff|percent|per cent|euros|pounds|dollars|yen)/u;

type Rule = {
  re: RegExp;
  priority: number;
  make: (m: RegExpExecArray) => DatePhrase['value'] | null;
};

const year = (s: string | undefined) => (s ? Number(s) : null);
const yearOf = (
  anchor: Day | null,
  word: string | undefined,
  explicit: number | null,
): number | null => {
  if (explicit !== null) return explicit;
  if (!anchor) return null;
  return anchor.y + (word ? (SHIFT[word.toLowerCase()] ?? 0) : 0);
};

/**
 * The calendar expressions chrono-node does not handle or gets wrong for news: bare years with
 * numeric guards, decades, quarters, halves, seasons, weeks and other relative units, weekdays
 * (resolved by tense, not always forward), "N years ago" and "today". Every value is computed
 * from the anchor; with no anchor, phrases that need one yield nothing.
 */
const RULES: Rule[] = [
  {
    // "the 1990s", "the early 2010s"
    re: /\b(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[5-9]\d|20\d)0s\b/gi,
    priority: 5,
    make: (m) => () => `${m[1]}X`,
  },
  {
    // "the second quarter of 2024", "the fourth quarter", "the first quarter of next year"
    re: /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)\s+quarter(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year|the\s+(?:current\s+|fiscal\s+)?year))?/gi,
    priority: 5,
    make: (m) => (anchor, tense) => {
      const n = ORDINAL[m[1]!.toLowerCase()]!;
      const y = m[2] || m[3] || /year/.test(m[0]) ? yearOf(anchor, m[3], year(m[2])) : null;
      if (y !== null) return `${y}-Q${n}`;
      return anchor ? quarterValue(anchor, n, tense) : null;
    },
  },
  {
    // "Q3 2024", "Q3"
    re: /\bQ([1-4])(?:\s+(\d{4}))?\b/g,
    priority: 5,
    make: (m) => (anchor, tense) =>
      m[2] ? `${m[2]}-Q${m[1]}` : anchor ? quarterValue(anchor, Number(m[1]), tense) : null,
  },
  {
    // "the second half of 2024", "the first half of the year"; bare "second half" is a match's.
    re: /\b(?:the\s+)?(first|second)\s+half\s+of\s+(?:(\d{4})|(this|last|next)\s+year|the\s+(?:current\s+)?year)/gi,
    priority: 5,
    make: (m) => (anchor) => {
      const y = yearOf(anchor, m[3], year(m[2]));
      return y === null ? null : `${y}-H${m[1]!.toLowerCase() === 'first' ? 1 : 2}`;
    },
  },
  {
    // "week 5 of 2025", "week 37"
    re: /\b[Ww]eek\s+(\d{1,2})(?:\s+of\s+(\d{4}))?\b/g,
    priority: 5,
    make: (m) => {
      const n = Number(m[1]);
      if (n < 1 || n > 53) return null;
      return (anchor) => {
        const y = m[2] ? Number(m[2]) : anchor?.y;
        return y === undefined ? null : `${y}-W${String(n).padStart(2, '0')}`;
      };
    },
  },
  {
    re: /\bH([12])\s+(\d{4})\b/g,
    priority: 5,
    make: (m) => () => `${m[2]}-H${m[1]}`,
  },
  {
    // "the summer of 2023", "spring 2026", "last autumn", "the fall", "in winter"
    re: /\b(?:(the|this|last|next|early|late|mid-?)\s+)?(spring|summer|autumn|fall|winter)(?:\s+of\s+(\d{4})|\s+(\d{4}))?\b(?!\s+(?:in|of)\s+(?!\d))/gi,
    priority: 4,
    make: (m) => {
      const modifier = m[1]?.toLowerCase() ?? null;
      const y = year(m[3] ?? m[4]);
      const code = SEASON[m[2]!.toLowerCase()]!;
      if (y === null && modifier === null) return null;
      return (anchor, tense) => {
        if (y !== null) return `${y}-${code}`;
        if (!anchor) return null;
        const shift =
          modifier === 'last' || modifier === 'next' || modifier === 'this' ? modifier : null;
        return seasonValue(anchor, code, shift, tense);
      };
    },
  },
  {
    // "last week", "next month", "this year", "early next year", "later this month"
    re: /\b(?:(?:early|earlier|late|later|mid)[-\s])?(last|next|this|coming)\s+(week|weekend|month|year)\b/gi,
    priority: 4,
    make: (m) => (anchor) =>
      anchor ? relativeValue(anchor, m[2]!.toLowerCase(), SHIFT[m[1]!.toLowerCase()] ?? 0) : null,
  },
  {
    // "three weeks ago", "two years ago"
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+ago\b/gi,
    priority: 4,
    make: (m) => (anchor) => {
      if (!anchor) return null;
      const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const unit = m[2]!.toLowerCase();
      return unit === 'day' ? relativeValue(anchor, 'day', -n) : relativeValue(anchor, unit, -n);
    },
  },
  {
    re: /\b(today|yesterday|tomorrow|tonight)\b/gi,
    priority: 3,
    make: (m) => (anchor) => {
      if (!anchor) return null;
      const w = m[1]!.toLowerCase();
      return relativeValue(anchor, 'day', w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0);
    },
  },
  {
    // "Saturday", "next Monday", "last Friday" (capitalised: "monday" is not a name here)
    re: /\b(?:(last|next|this|coming)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)/g,
    priority: 3,
    make: (m) => (anchor, tense) =>
      anchor
        ? weekdayValue(
            anchor,
            WEEKDAYS.indexOf(m[2]!.toLowerCase()),
            m[1]?.toLowerCase() ?? null,
            tense,
          )
        : null,
  },
  {
    // Bare years with guards: "in 2019", "mid-2022", "late 2024"; not "$2019", "2019 people", "2,019".
    re: /(?<![\p{L}\p{N}$€£¥#.,/-])(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\s])?((?:1[6-9]|20)\d\d)(?![\p{N}%]|[.,]\d|-year|s\b)/gu,
    priority: 1,
    make: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 20), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (/[$€£¥]\s*$/.test(before) || /(?:No|no|number|#)\.?\s*$/.test(before)) return null;
      if (COUNT_NOUN.test(after) && !YEAR_PREPS.test(before) && !/^(?:early|mid|late)/i.test(m[0]))
        return null;
      return () => m[1]!;
    },
  },
];

export function findDatePhrases(sentence: string): DatePhrase[] {
  const out: DatePhrase[] = [];
  for (const rule of RULES) {
    for (const m of sentence.matchAll(rule.re)) {
      const value = rule.make(m as RegExpExecArray);
      if (value)
        out.push({ start: m.index, end: m.index + m[0].length, priority: rule.priority, value });
    }
  }
  return out;
}
