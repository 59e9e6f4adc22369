/**
 * Holidays and observances, the one list both stages use: the date stage reads the fixed-day
 * ones as dates (holiday-rules.ts), and the name finder leaves every one of them alone, since a
 * holiday is a date, not a person, place or organisation.
 */
const APOSTROPHE = `['’]?`;

/**
 * Holidays on a fixed calendar day, as [pattern, month, day]. Only names that are a day and
 * nothing else: "Independence Day" differs by country and bare "Christmas" is also a season
 * ("Christmas shopping"), so neither is here. Movable feasts (Easter) are in the calendar rules.
 */
export const FIXED_DAY_HOLIDAYS: [string, number, number][] = [
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

/** Holidays whose day moves, differs by country or is also a season: names only. */
const OTHER_HOLIDAYS = `(?:Lunar |Chinese )?New Year|Christmas|Thanksgiving|Hanukkah|Diwali|Eid(?: al-\\p{L}+)?|Labou?r Day|Memorial Day|Independence Day|Veterans Day|Remembrance (?:Day|Sunday)|(?:Mother|Father)['’]s Day|Good Friday|Easter|Yom Kippur|Passover|Rosh Hashanah|Pentecost|Whitsun|Anzac Day|Canada Day|Bastille Day`;

const NAMES = `(?:${FIXED_DAY_HOLIDAYS.map(([name]) => name).join('|')}|${OTHER_HOLIDAYS})(?:['’]s)?(?: (?:Eve|Day|Night|Weekend|Sunday|Monday))?`;
const HOLIDAY = new RegExp(`^${NAMES}$`, 'u');
const ENDS_IN_HOLIDAY = new RegExp(`(?:^|\\s)${NAMES}$`, 'u');

/** "New Year’s Eve", "Christmas Day", "Valentine’s Day" (the whole run, possessive included). */
export function isHoliday(run: string): boolean {
  return HOLIDAY.test(run);
}

/** "Eve" or "Day" right after a holiday's possessive ("New Year’s | Eve"): the rest of the holiday. */
export function endsHoliday(before: string, word: string): boolean {
  return /^(?:Eve|Day|Night)$/.test(word) && ENDS_IN_HOLIDAY.test(`${before.trimEnd()} ${word}`);
}
