import type { Rule } from './date-phrase.ts';
import { monthDayValue, monthValue } from './resolve-relative.ts';

/** Prepositions that put a bare day/month or a bare "May" on the calendar. */
const DATE_PREP = String.raw`\b(?:on|for|from|since|until|till|by|before|after)`;

/**
 * Short forms chrono-node does not read. "May" alone is a verb or a surname as often as a month,
 * so chrono skips it: after a time preposition ("since May", "in May", "by May") and before an ending
 * mark, a year or a joining word it can only be the month ("since May took office" is a name).
 * A day/month pair without a year ("on 7/4", "for 15/03") is a date only after such a
 * preposition, and never a fraction ("for 3/4 of"), a score run ("6/4 6/3") or a stock phrase
 * ("24/7", "9/11"). Day-first is read unless the first part cannot be a day of that month;
 * when both read, the one the tense rule puts nearer the anchor wins.
 */
export const SHORT_DATE_RULES: Rule[] = [
  {
    re: /(?<=\b(?:since|in|by|until|till|from|through|during|before|after|early|late|mid-)\s?)May(?=\s*(?:[,.;:)!?]|$|\s(?:(?:19|20)\d\d|and|or|to|when|as|through|until)\b))/gu,
    priority: 4,
    make: () => (anchor, tense) => monthValue(anchor, 5, tense),
  },
  {
    re: new RegExp(
      String.raw`(?<=${DATE_PREP}\s)(\d{1,2})\/(\d{1,2})(?![\d/.,]\d|\s*(?:%|th\b|of\b|\d))(?![\p{L}\d/])`,
      'gu',
    ),
    priority: 5,
    make: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (STOCK.has(`${a}/${b}`)) return null;
      const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= DAYS[b - 1]!;
      const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= DAYS[a - 1]!;
      if (!dayFirst && !monthFirst) return null;
      return (anchor, tense) => {
        const dm = dayFirst ? monthDayValue(anchor, b, a, tense) : null;
        const md = monthFirst ? monthDayValue(anchor, a, b, tense) : null;
        if (!dm || !md || !anchor) return dm ?? md;
        const gap = (v: string) =>
          Math.abs(Date.parse(v) - Date.UTC(anchor.y, anchor.m - 1, anchor.d));
        return gap(md) < gap(dm) ? md : dm;
      };
    },
  },
];

/** Slash pairs that are idioms, not dates. */
const STOCK = new Set(['24/7', '9/11']);
/** Longest month lengths (29 February is a day in some year). */
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
