import { fmtDay, toDays, type Day } from './calendar-math.ts';
import type { Rule } from './date-phrase.ts';

/** A real calendar day, or null ("2024-02-30" is not one). */
function dayOf(y: number, m: number, d: number): Day | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 ? { y, m, d } : null;
}

/**
 * Dates written in digits: ISO ("2024-03-12"), European dotted ("12.03.2024", day first) and
 * slashed ("12/03/2024"). Slashes are day-first in most of the world and month-first in the US:
 * a part above 12 decides; when both read, the reading nearer the anchor wins, and with no anchor
 * day-first. Versions ("1.2.3"), fractions and scores do not have a four-digit year at the end.
 */
export const NUMERIC_DATE_RULES: Rule[] = [
  {
    re: /(?<![\d./-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d/-]|\.\d)/g,
    priority: 6,
    make: (m) => {
      const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
      return day ? () => fmtDay(day) : null;
    },
  },
  {
    re: /(?<![\d./-])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d/-]|\.\d)/g,
    priority: 6,
    make: (m) => {
      const day = dayOf(Number(m[3]), Number(m[2]), Number(m[1]));
      return day ? () => fmtDay(day) : null;
    },
  },
  {
    re: /(?<![\d./-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/-]|\.\d)/g,
    priority: 6,
    make: (m) => {
      const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const dayFirst = dayOf(y, b, a);
      const monthFirst = dayOf(y, a, b);
      if (!dayFirst && !monthFirst) return null;
      return (anchor) => {
        if (!dayFirst || !monthFirst) return fmtDay((dayFirst ?? monthFirst)!);
        if (!anchor) return fmtDay(dayFirst);
        const gap = (d: Day) => Math.abs(toDays(d) - toDays(anchor));
        return fmtDay(gap(monthFirst) < gap(dayFirst) ? monthFirst : dayFirst);
      };
    },
  },
];
