import { CALENDAR_RULES } from './calendar-rules.ts';
import type { DatePhrase } from './date-phrase.ts';
import { HOLIDAY_RULES } from './holiday-rules.ts';
import { NUMERIC_DATE_RULES } from './numeric-date-rules.ts';
import { RELATIVE_RULES } from './relative-rules.ts';
import { SHIFTED_MONTH_RULES } from './shifted-month-rules.ts';
import { SHORT_DATE_RULES } from './short-date-rules.ts';

export type { DatePhrase, Previous } from './date-phrase.ts';

const RULES = [
  ...CALENDAR_RULES,
  ...HOLIDAY_RULES,
  ...RELATIVE_RULES,
  ...NUMERIC_DATE_RULES,
  ...SHORT_DATE_RULES,
  ...SHIFTED_MONTH_RULES,
];

/**
 * The calendar expressions chrono-node does not handle or gets wrong for news: bare years with
 * numeric guards, decades, quarters, halves, seasons, weeks and other relative units, weekdays
 * (resolved by tense, not always forward), fixed-day holidays, "N years ago", "the end of the year", "the day
 * before" and "today". Values come from the anchor or the previous date, never the clock.
 */
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
