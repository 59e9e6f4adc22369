/**
 * Holidays and observances written as capitalised words ("New Year’s Eve", "Boxing Day"): they
 * are dates, not names of people, places or organisations. The date stage reads the ones it can
 * place on a calendar; the name finder only needs to leave them all alone.
 */
const NAMES =
  /(?:(?:Lunar |Chinese )?New Year|Christmas|Boxing Day|Thanksgiving|Halloween|Hanukkah|Diwali|Eid(?: al-\p{L}+)?|Labou?r Day|Memorial Day|Independence Day|Veterans Day|Remembrance (?:Day|Sunday)|(?:Valentine|Mother|Father|St\.? Patrick)['’]s Day|Good Friday|Easter|Yom Kippur|Passover|Rosh Hashanah|Pentecost|Whitsun|Anzac Day|Canada Day|Bastille Day|Guy Fawkes)(?:['’]s)?(?: (?:Eve|Day|Night|Weekend|Sunday|Monday))?/u
    .source;
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
