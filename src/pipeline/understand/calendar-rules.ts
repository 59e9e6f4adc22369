import { halfValue, quarterValue } from './resolve-relative.ts';
import { SEASON_RULE } from './season-rule.ts';
import { year, yearOf, type Rule } from './date-phrase.ts';
import { addDays, toDays, type Day } from './calendar-math.ts';

/** Easter Sunday of a Gregorian year (the anonymous "Meeus/Jones/Butcher" computus), plus offset days. */
function feast(y: number, offset: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return addDays({ y, m: month, d: day }, offset);
}

const isoDay = (d: Day) =>
  `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** Prepositions after which a four-digit number is a year even before a plural noun. */
const YEAR_PREPS =
  /(?:in|since|by|of|from|until|to|between|and|before|after|during|around|through|for|early|late|mid|the|until|till|circa|c\.|fiscal)\s+$/i;
const CURRENCY_CODE =
  /\b(?:USD|EUR|GBP|CHF|JPY|CNY|RMB|AUD|CAD|NZD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|INR|ZAR|BRL|MXN|KES|NGN|GHS|TRY|AED|SAR|HKD|SGD|KRW|Rs|Rp|R)\s*$/;
/** What makes a bare "H1" a half-year: a period preposition before it, or a results noun after. */
const HALF_BEFORE = /\b(?:in|for|during|over|through|since|across|from|until|by)\s+$/i;
const HALF_AFTER =
  /^\s+(?:results?|revenues?|sales|profits?|earnings|losses|loss|figures|growth|turnover|guidance)\b/i;
/** Nouns that make a four-digit number a count ("2019 people"), not a year. */
// A verb in "-s" after the year is not a plural noun: "2027 is realistic", "2020 was hard".
const COUNT_NOUN =
  /^\s+(?:(?!(?:is|was|has|does|seems|looks|remains|marks)\b)\p{Ll}+s\b|people|staff|percent|per cent|euros|pounds|dollars|yen)/u;
/** Plural nouns for a year's own figures: "below 2022 levels", "at 2019 prices" are years. */
const YEAR_FIGURES =
  /^\s+(?:levels|prices|figures|rates|highs|lows|peaks|averages|totals|results|earnings|standards)\b/;
/**
 * A letter code right before the number makes it a model or product designation ("the HX 1900
 * SUV", "a GT 2000 printer"), not a year. Month abbreviations in capitals ("MAY 2024"), era
 * markers and fiscal codes are still followed by years.
 */
const MODEL_CODE = /(?<![\p{L}\p{N}])(\p{Lu}{2,4})\s$/u;
/** One or more capital initials, each with its full stop, right before the number. */
const BILL_INITIALS = /(?<![\p{L}\p{N}])((?:\p{Lu}\.\s?){1,4})\s*$/u;
/** Era initials are followed by years: "A.D. 1066". */
const ERA_INITIALS = new Set(['A.D.', 'B.C.', 'C.E.', 'B.C.E.']);
/** A capitalised word (not a month or an era) right before the number. */
const NAME_WORD_BEFORE =
  /(?<![\p{L}\p{N}])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Summer|Spring|Autumn|Winter|Fall)\s)\p{Lu}\p{Ll}+\s$/u;
/** Nouns after a number that make it a product's designation. */
const PRODUCT_AFTER =
  /^\s+(?:model|models|series|class|variant|edition|version|type|design|designs|platform)\b/;
/**
 * ", Cuvée 1789, would": a name word and the number together set off by commas are an appositive
 * name (a wine, a product), not a year; a month or season before the number is excluded above.
 */
const COMMA_BEFORE_NAME = /,\s+\p{Lu}\p{Ll}+\s$/u;
const SERIAL_AFTER = /^[-/‐](?:\d{3}(?!\d)|\d{5,}|(?!1[6-9]|20)\d{4}(?!\d))/;
const NOT_MODEL_CODES = new Set(
  `JAN FEB MAR APR MAY JUN JUNE JUL JULY AUG SEP SEPT OCT NOV DEC AD BC CE BCE FY`.split(/\s+/),
);

/**
 * Calendar units chrono-node does not produce: decades, quarters, halves, ISO weeks, seasons,
 * fiscal years and bare years with numeric guards. A unit with no year and no anchor keeps the
 * year unknown (`XXXX-Q3`, `XXXX-SU`); one relative to the anchor ("next year") needs it.
 */
export const CALENDAR_RULES: Rule[] = [
  {
    // "the 1990s", "the early 2010s"
    re: /\b(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[5-9]\d|20\d)0s\b/gi,
    priority: 5,
    make: (m) => () => `${m[1]}X`,
  },
  {
    // "the second quarter of 2024", "the fourth quarter", "first-quarter profit"; no anchor: XXXX-Q4
    re: /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+quarter(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year|the\s+(?:current\s+|fiscal\s+)?year))?/gi,
    priority: 5,
    make: (m) => (anchor, tense) => {
      const n = ORDINAL[m[1]!.toLowerCase()]!;
      const y = m[2] || m[3] || /year/.test(m[0]) ? yearOf(anchor, m[3], year(m[2])) : null;
      if (y !== null) return `${y}-Q${n}`;
      if (m[3]) return null;
      return anchor ? quarterValue(anchor, n, tense) : `XXXX-Q${n}`;
    },
  },
  {
    // "Q3 2024", "Q3"
    re: /\bQ([1-4])(?:\s+(\d{4}))?\b/g,
    priority: 5,
    make: (m) => (anchor, tense) =>
      m[2]
        ? `${m[2]}-Q${m[1]}`
        : anchor
          ? quarterValue(anchor, Number(m[1]), tense)
          : `XXXX-Q${m[1]}`,
  },
  {
    // "the second half of 2024", "the first half of the year"; bare "second half" is a match's.
    re: /\b(?:the\s+)?(first|second)\s+half\s+of\s+(?:(\d{4})|(this|last|next)\s+year|the\s+(?:current\s+)?year)/gi,
    priority: 5,
    make: (m) => (anchor) => {
      const h = `H${m[1]!.toLowerCase() === 'first' ? 1 : 2}`;
      const y = yearOf(anchor, m[3], year(m[2]));
      if (y === null) return m[2] || m[3] ? null : `XXXX-${h}`;
      return `${y}-${h}`;
    },
  },
  {
    // "week 5 of 2025", "week 37"
    re: /\b[Ww]eek\s+(\d{1,2})(?:\s+of\s+(\d{4}))?\b/g,
    priority: 5,
    make: (m) => {
      const n = Number(m[1]);
      if (n < 1 || n > 53) return null;
      return (anchor) => {
        const y = m[2] ? Number(m[2]) : anchor?.y;
        return y === undefined ? null : `${y}-W${String(n).padStart(2, '0')}`;
      };
    },
  },
  {
    re: /\bH([12])\s+(\d{4})\b/g,
    priority: 5,
    make: (m) => () => `${m[2]}-H${m[1]}`,
  },
  {
    // "revenue of EUR 48 million in H1", "H2 sales": a bare half-year, like a bare "Q3", but only
    // where a period is expected: "H1" is also a visa, a road and a heading tag.
    re: /(?<![\p{L}\p{N}-])H([12])(?![\p{L}\p{N}-])/gu,
    priority: 4,
    make: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!HALF_BEFORE.test(before) && !HALF_AFTER.test(after)) return null;
      const n = Number(m[1]);
      return (anchor, tense) => (anchor ? halfValue(anchor, n, tense) : `XXXX-H${n}`);
    },
  },
  SEASON_RULE,
  {
    // "Easter Monday", "Good Friday", "Easter 2026": movable feasts, from the Easter computus.
    re: /\b(Easter\s+Sunday|Easter\s+Monday|Good\s+Friday|Easter)(?:\s+((?:19|20)\d\d))?\b(?!['’])/g,
    priority: 5,
    make: (m) => {
      const name = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const offset = name === 'good friday' ? -2 : name === 'easter monday' ? 1 : 0;
      const y = year(m[2]);
      return (anchor, tense) => {
        if (y !== null) return isoDay(feast(y, offset));
        if (!anchor) return null;
        const at = toDays(anchor);
        const [before, same, after] = [-1, 0, 1].map((k) => feast(anchor.y + k, offset));
        const past = toDays(same!) <= at ? same! : before!;
        const next = toDays(same!) >= at ? same! : after!;
        if (tense === 'past') return isoDay(past);
        if (tense === 'future') return isoDay(next);
        return isoDay(at - toDays(past) <= toDays(next) - at ? past : next);
      };
    },
  },
  {
    // "FY2026", "FY26", "fiscal year 2026": the fiscal year, as a year.
    re: /\b(?:FY\s?|fiscal\s+year\s+)((?:19|20)\d\d|\d\d)\b/g,
    priority: 3,
    make: (m) => () => (m[1]!.length === 2 ? `20${m[1]}` : m[1]!),
  },
  {
    // Bare years with guards: "in 2019", "mid-2022", "late 2024"; not "$2019", "2019 people", "2,019".
    // The second year of a hyphenated span ("the 2019-2020 season") is a year too.
    re: /(?:(?<![\p{L}\p{N}$€£¥#.,/-])|(?<=(?<![\p{N}./-])(?:1[6-9]|20)\d\d-))(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\s])?((?:1[6-9]|20)\d\d)(?![\p{N}%]|[.,]\d|-year|s\b)/gu,
    priority: 1,
    make: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 20), m.index);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 20);
      // "Decree 2025-117", "Regulation 2023/1115": a number after the hyphen or slash that is
      // not a second year ("2019-2020", "2024/25") makes the whole a serial number.
      if (SERIAL_AFTER.test(m.input.slice(m.index + m[0].length))) return null;
      // After a year and a hyphen, only a later year within a decade is a span's end ("Decree
      // 2021-2019" is a number).
      const first = /(\d{4})-$/.exec(before)?.[1];
      if (first && !(Number(m[1]) > Number(first) && Number(m[1]) - Number(first) <= 10))
        return null;
      if (/[$€£¥]\s*$/.test(before) || /(?:No|no|number|#)\.?\s*$/.test(before)) return null;
      // "rose 3.2% to DKK 2019", "CHF 2030": a currency code before the number makes it an amount.
      if (CURRENCY_CODE.test(before)) return null;
      if (
        COUNT_NOUN.test(after) &&
        !YEAR_FIGURES.test(after) &&
        !YEAR_PREPS.test(before) &&
        !/^(?:early|mid|late)/i.test(m[0])
      )
        return null;
      // "(S. 2031)", "H.R. 2031": capital initials with full stops number a bill, not a year.
      const initials = BILL_INITIALS.exec(before)?.[1];
      if (initials && !ERA_INITIALS.has(initials.replace(/\s+/g, ''))) return null;
      // "the Kestrel 2030 model": a name word and a product noun around the number make it a
      // designation ("the 2030 model", with no name before it, is still a model year).
      const named = NAME_WORD_BEFORE.test(before);
      if (named && PRODUCT_AFTER.test(after)) return null;
      if (named && COMMA_BEFORE_NAME.test(before) && /^,/.test(after)) return null;
      const code = MODEL_CODE.exec(before)?.[1];
      if (code && !NOT_MODEL_CODES.has(code)) return null;
      return () => m[1]!;
    },
  },
];
