import { pad } from './calendar-math.ts';
import { MONTHS } from './calendar-words.ts';
import { MONTH_NAMES, type Rule } from './date-phrase.ts';

/**
 * A month or decade named relative to the anchor, which chrono-node reads without its modifier.
 * "next April" is the first April after the anchor's month (so, written in April, the April of
 * next year); "last April" the latest April before it. "this decade" / "the current decade" is
 * the anchor's decade. A day or year after the month ("next April 3", "last March 2024") is left
 * to the month-day rules.
 */
export const SHIFTED_MONTH_RULES: Rule[] = [
  {
    re: new RegExp(`\\b(next|last)\\s+(${MONTH_NAMES})\\b(?!\\s*\\d)`, 'gi'),
    priority: 5,
    make: (m) => {
      const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
      const next = m[1]!.toLowerCase() === 'next';
      return (anchor) => {
        if (!anchor) return `XXXX-${pad(month)}`;
        let y = anchor.y;
        if (next && month <= anchor.m) y += 1;
        if (!next && month >= anchor.m) y -= 1;
        return `${y}-${pad(month)}`;
      };
    },
  },
  {
    re: /\b(?:this|the\s+current)\s+decade\b/gi,
    priority: 5,
    make: () => (anchor) => (anchor ? `${String(anchor.y).slice(0, 3)}X` : null),
  },
];
