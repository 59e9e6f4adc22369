import { MONTH_NAMES } from '../../shared/month-names.ts';
/** Month and weekday names, in lower case, as the date rules and the name finder match them. */
export const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
/** Month abbreviations as news styles write them ("Jan.", "Sept."): dates, and not sentence ends. */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];
export const CALENDAR_WORDS = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...MONTH_ABBREVIATIONS,
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'christmas',
  'easter',
  'ramadan',
]);
