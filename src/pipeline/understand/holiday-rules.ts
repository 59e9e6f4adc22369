import { pad } from './calendar-math.ts';
import type { Rule } from './date-phrase.ts';
import { FIXED_DAY_HOLIDAYS as HOLIDAYS } from './holidays.ts';
import { monthDayValue } from './resolve-relative.ts';

/** Each holiday with a whole-phrase test, to tell which one an alternation matched. */
const FIXED_HOLIDAYS = HOLIDAYS.map(
  ([name, month, day]) => [name, month, day, new RegExp(`^(?:${name})$`, 'u')] as const,
);

/**
 * "New Year’s Eve 2021", "on Boxing Day", "Halloween": a fixed-day holiday is that day of its
 * stated year; with no year, the tense rule picks the year as for "31 December". A following
 * year is part of the phrase, so "New Year’s Eve 2021" is one day, not the year 2021.
 */
export const HOLIDAY_RULES: Rule[] = [
  {
    // "back in their homes by Christmas", "until Christmas": after a preposition of time and with
    // no noun after it (not "before Christmas shopping"), bare "Christmas" is the day itself.
    re: /(?<=\b(?:by|before|until|till|after|since|on|for)\s+)Christmas(?:,?\s+((?:19|20)\d\d))?\b(?!['’]|\s+(?:\p{Ll}|Eve\b|Day\b))/gu,
    priority: 4,
    make: (m) => (anchor, tense) => (m[1] ? `${m[1]}-12-25` : monthDayValue(anchor, 12, 25, tense)),
  },
  {
    re: new RegExp(
      `\\b(${FIXED_HOLIDAYS.map(([name]) => name).join('|')})(?:,?\\s+((?:19|20)\\d\\d))?\\b(?![\\p{N}'’])`,
      'gu',
    ),
    priority: 5,
    make: (m) => {
      const [, month, day] = FIXED_HOLIDAYS.find(([, , , re]) => re.test(m[1]!))!;
      return (anchor, tense) =>
        m[2] ? `${m[2]}-${pad(month)}-${pad(day)}` : monthDayValue(anchor, month, day, tense);
    },
  },
];
