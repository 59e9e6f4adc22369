import type { Rule } from './date-phrase.ts';
import { monthDayValue } from './resolve-relative.ts';

const APOSTROPHE = `['’]?`;

/**
 * Holidays on a fixed calendar day, as [pattern, month, day]. Only names that are a day and
 * nothing else: "Independence Day" differs by country and bare "Christmas" is also a season
 * ("Christmas shopping"), so neither is here (bare "Christmas" only after a preposition of time). Movable feasts (Easter) are in the calendar rules.
 */
const HOLIDAYS: [string, number, number][] = [
  [`New\\s+Year${APOSTROPHE}s?\\s+Eve`, 12, 31],
  [`New\\s+Year${APOSTROPHE}s?\\s+Day`, 1, 1],
  [`Hogmanay`, 12, 31],
  [`Christmas\\s+Eve`, 12, 24],
  [`Christmas\\s+Day`, 12, 25],
  [`Boxing\\s+Day`, 12, 26],
  [`Hallowe${APOSTROPHE}en`, 10, 31],
  [`(?:St\\.?|Saint)\\s+Valentine${APOSTROPHE}s\\s+Day|Valentine${APOSTROPHE}s\\s+Day`, 2, 14],
  [`(?:St\\.?|Saint)\\s+Patrick${APOSTROPHE}s\\s+Day`, 3, 17],
  [`(?:Guy\\s+Fawkes|Bonfire)\\s+Night`, 11, 5],
  [`the\\s+Fourth\\s+of\\s+July`, 7, 4],
];

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
        m[2]
          ? `${m[2]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          : monthDayValue(anchor, month, day, tense);
    },
  },
];
