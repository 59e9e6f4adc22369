const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?';
const TIME = '\\d{1,2}[:.]\\d\\d(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,5})?';
/** A full date with its year, in the orders news sites print: "19 November 2024", "Feb. 12, 2025". */
const FULL_DATE = `(?:${WEEKDAY}\\s+)?(?:\\d{1,2}\\s+${MONTH},?|${MONTH}\\s+\\d{1,2},?)\\s+\\d{4}`;
const STAMP_PART = `(?:${TIME}[\\s,|/–-]*)?${FULL_DATE}(?:[\\s,|/–-]*(?:at\\s+)?${TIME})?`;

/** "Published: …", "Updated 16:05 GMT, …": the label must be followed by a colon or the stamp itself. */
const LABEL =
  '(?:(?:First\\s+)?[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast\\s+(?:updated|modified)|[Mm]odified)(?:\\s+(?:on|at))?\\s*:?\\s*';

/**
 * A paragraph that is only the page's time stamp: "12 Feb 2025", "Published: 14:32 GMT, 19
 * November 2024 | Updated: 16:05 GMT, 19 November 2024". It is the page's own record of when it
 * went up, not a date in the story, so the stage reads no dates from it. A sentence that merely
 * starts with such a word ("Updated figures will be published on Friday") is story text.
 */
const STAMP = new RegExp(
  `^\\s*(?:${LABEL})?${STAMP_PART}(?:[\\s|/·•]+${LABEL}${STAMP_PART})*[\\s|/·•]*(?:e-?mail|share|print|comments?)?\\s*$`,
  'i',
);

export function isDateStamp(paragraph: string): boolean {
  return paragraph.length <= 160 && STAMP.test(paragraph);
}
