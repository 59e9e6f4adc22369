import { RANGE_JOIN } from './order-range.ts';
import * as chrono from 'chrono-node';
import type { Day } from './calendar-math.ts';
import type { DatePhrase } from './date-phrase.ts';
import { monthDayValue, monthValue } from './resolve-relative.ts';

/** Only sentences with a capitalised month name go to chrono ("may" the verb is not May). */
const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\b\.?/;
/** chrono needs a reference instant for its components; a fixed one when the article has no anchor. */
const NO_ANCHOR_REFERENCE = new Date(Date.UTC(2000, 5, 15, 12));

/**
 * Month-name phrases ("May 2", "Nov. 12", "31 March", "October 2022", "July 14, 2023") parsed by
 * chrono-node, which reports which components the text states. A stated year is kept; a missing
 * one is chosen by the tense rule, or left as XXXX without an anchor. Ranges ("March to May
 * 2024") become two phrases. Weekdays, times and relative words are left to our own rules.
 */
export function chronoPhrases(sentence: string, anchor: Day | null): DatePhrase[] {
  if (!MONTH.test(sentence)) return [];
  const instant = anchor
    ? new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d, 12))
    : NO_ANCHOR_REFERENCE;
  const out: DatePhrase[] = [];
  // "the afternoon of May 22": chrono folds the part of the day into a result whose month it no
  // longer reports as stated; blanked out (offsets kept), the date reads on its own.
  const text = sentence.replace(PART_OF_DAY_OF, (w) => ' '.repeat(w.length));
  const results = chrono.en.parse(text, { instant, timezone: 0 });
  results.forEach((result, i) => {
    const start = result.start;
    if (!start.isCertain('month')) return;
    const endYear = result.end?.isCertain('year') ? result.end.get('year') : null;
    const shared = sharedYear(sentence, result, results[i + 1]);
    const yearKnown = start.isCertain('year') || endYear !== null || shared !== null;
    const parts = splitRange(result.text, result.end !== undefined && result.end !== null);
    const first = parts[0]!;
    const phrase = trimPhrase(first, result.index);
    if (
      !phrase ||
      !MONTH.test(sentence.slice(phrase.start, phrase.end)) ||
      !/^\p{Lu}|\d/u.test(sentence.slice(phrase.start)) ||
      bareAbbreviation(sentence.slice(phrase.start, phrase.end))
    )
      return;
    out.push(phraseOf(phrase, start, yearKnown, shared, statedDay(sentence, phrase)));
    const second = parts[1];
    const end = result.end;
    if (second && end?.isCertain('month')) {
      // `second.offset` already places the tail inside the result: add only the result's index.
      const tail = trimPhrase(second, result.index);
      if (tail && MONTH.test(second.text)) out.push(phraseOf(tail, end, end.isCertain('year')));
    }
  });
  return out;
}

/**
 * A clipped month with no day or year ("Jun", "Mar of") is a name part or a word, not a date:
 * "Lee Wei Jun of Malaysia". News abbreviates a month only beside a day or a year.
 */
function bareAbbreviation(text: string): boolean {
  return (
    !/\d/.test(text) &&
    /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?(?:\s+of)?$/.test(text)
  );
}

/** A part of the day right before "of" and a date. */
const PART_OF_DAY_OF = /\b(?:morning|afternoon|evening|night)(?=\s+of\s+\p{Lu})/giu;

/** Only a conjunction or dash between two dates: "between March and May 2019", "March–May 2019". */

/**
 * "between March and May 2019": chrono reads two dates, and the first has no year of its own. A
 * range's ends share the stated year, or the year before when the first month comes later in the
 * calendar ("between November and February 2020"). Null when the first date is not such an end.
 */
function sharedYear(
  sentence: string,
  result: chrono.ParsedResult,
  next: chrono.ParsedResult | undefined,
): number | null {
  if (!next || result.end || result.start.isCertain('year')) return null;
  if (!next.start.isCertain('year') || !next.start.isCertain('month')) return null;
  // chrono may end its text on a comma ("March,"): read from the last letter or digit.
  const end = result.index + result.text.replace(/[^\p{L}\p{N}]+$/u, '').length;
  const between = sentence.slice(end, next.index);
  if (!RANGE_JOIN.test(between)) return null;
  const y = next.start.get('year')!;
  const later = (result.start.get('month') ?? 1) > (next.start.get('month') ?? 1);
  return later ? y - 1 : y;
}

function splitRange(text: string, isRange: boolean): { text: string; offset: number }[] {
  if (!isRange) return [{ text, offset: 0 }];
  const m = /\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*/.exec(text);
  if (!m) return [{ text, offset: 0 }];
  return [
    { text: text.slice(0, m.index), offset: 0 },
    { text: text.slice(m.index + m[0].length), offset: m.index + m[0].length },
  ];
}

function trimPhrase(
  part: { text: string; offset: number },
  base: number,
): { start: number; end: number } | null {
  const lead = leadLength(part.text);
  const body = part.text
    .slice(lead)
    .replace(/[\s,;:]+$/, '')
    .replace(/(?<=\d)\.$/, '');
  if (!body) return null;
  const start = base + part.offset + lead;
  return { start, end: start + body.length };
}

const LEAD_WORDS = /^(?:(?:on|in|at|by|since|from|the|of)\s+)+/i;
/**
 * "14:32 GMT, ", "9 a.m. ", "10:15pm ": chrono's time of day, which is not part of a date (but
 * "12.03.2024" is a date, not a time).
 */
const LEAD_TIME =
  /^(?:\d{1,2}[:.]\d\d(?![.:]?\d)(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?)(?:\s+[A-Z]{2,5}\b)?\s*,?\s*/;

/** How much of a chrono result's start is prepositions and times of day, not the date. */
function leadLength(text: string): number {
  let at = 0;
  for (;;) {
    const m = LEAD_WORDS.exec(text.slice(at)) ?? LEAD_TIME.exec(text.slice(at));
    if (!m || m[0].length === 0) return at;
    at += m[0].length;
  }
}

/**
 * "from 23 June to 29 June": chrono reads "from 23" as 11 pm and loses the day (with June, July). A number right
 * before the month name in the phrase's own text is its day whatever chrono made of it.
 */
function statedDay(sentence: string, span: { start: number; end: number }): number | null {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\p{Lu}\p{Ll}+\.?/u.exec(
    sentence.slice(span.start, span.end),
  );
  const day = m ? Number(m[1]) : 0;
  return day >= 1 && day <= 31 ? day : null;
}

/** A phrase from one end of a chrono result: its month, and its day only when the text states it. */
function phraseOf(
  span: { start: number; end: number },
  date: chrono.ParsedComponents,
  yearKnown: boolean,
  year: number | null = null,
  day: number | null = null,
): DatePhrase {
  return makePhrase(
    span,
    year ?? date.get('year') ?? 0,
    date.get('month') ?? 1,
    date.isCertain('day') ? date.get('day') : day,
    yearKnown,
    date.isCertain('weekday') ? (date.get('weekday') ?? null) : null,
  );
}

function makePhrase(
  span: { start: number; end: number },
  y: number,
  m: number,
  d: number | null,
  yearKnown: boolean,
  weekday: number | null,
): DatePhrase {
  return {
    start: span.start,
    end: span.end,
    priority: 2,
    value: (anchor, tense) => {
      if (yearKnown)
        return d === null
          ? `${y}-${String(m).padStart(2, '0')}`
          : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return d === null
        ? monthValue(anchor, m, tense)
        : monthDayValue(anchor, m, d, tense, weekday);
    },
  };
}
