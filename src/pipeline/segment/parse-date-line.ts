import * as chrono from 'chrono-node';
import { wordsOf } from '../text-features.ts';
import { slashedDateWithZone } from './slashed-date-with-zone.ts';

export type DateLine = { iso: string; label: 'published' | 'updated' | 'plain' };

const LABEL =
  /^(first published|published|posted|updated|last updated|date|dated|on)\b\s*(on\b)?\s*[:,-]?\s*/i;
/** A second, labelled stamp after the date: "… Updated : 2025-06-23 19:02:45". */
const UPDATE_AFTER_DATE = /(?<=\d)\s+(?:updated|last updated|modified|edited)\s*:\s*[^:]*\d.*$/i;
/**
 * An update stamp set off by a bar or bullet, without a colon: "March 14, 2025 at 9:42 a.m. |
 * Updated 11:05 a.m.". The bar is the evidence that it is a part of its own, not the date's words.
 */
const UPDATE_AFTER_BAR = /\s*[|·•]\s*(?:updated|last updated|modified|edited)\b[^|·•]*\d[^|·•]*$/i;
/** "Posted Tue 18 Nov 2025 at 6:05am, updated …": a comma after the first stamp's time or year. */
const UPDATE_AFTER_COMMA =
  /(?<=\d(?:\s*[ap]\.?m\.?)?),\s*(?:updated|last updated|modified|edited)\b.*\d.*$/i;
/**
 * "Budapest, 08.04.2025": the city the story was filed from, set before the date with a comma, as
 * Central European sites print the date line. One to three capitalised words, then a number.
 */
const LEADING_PLACE = /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,2},\s+(?=\d)/u;
// Any fixed reference works: only dates whose year, month and day the line states are accepted.
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * A date line is a short line that is (almost) only a full calendar date, perhaps with a label
 * and a time: "March 4, 2025 10:32 AM GMT", "Published: 2024-11-19", "Mon 5 May 2025 14.02 BST".
 * A line without a stated year is not a date line: publishedAt is only what the page states.
 */
export function parseDateLine(line: string): DateLine | null {
  // The update stamp after a comma is not counted against the date line's length.
  const text = line.replace(UPDATE_AFTER_COMMA, '');
  if (wordsOf(text).length > 14 || /\bago\b/i.test(text)) return null;
  const labelMatch = LABEL.exec(text);
  const label = labelMatch ? labelKind(labelMatch[1]!) : 'plain';
  // "2025-02-18 11:32 (updated 2025-02-18 14:05)", "Published : 2025-06-23 17:40   Updated : …":
  // the update after the date, bracketed or labelled, is not the date line's date.
  const rest = (labelMatch ? text.slice(labelMatch[0].length) : text)
    .replace(LEADING_PLACE, '')
    .replace(/\s*\((?:updated|last updated|edited|amended)\b[^)]*\)\s*$/i, '')
    .replace(UPDATE_AFTER_DATE, '')
    .replace(UPDATE_AFTER_BAR, '');
  const numeric = numericDate(rest.trim()) ?? slashedDateWithZone(rest);
  if (numeric) return { iso: numeric, label };
  const [result, ...others] = chrono.parse(rest, FIXED_REFERENCE);
  if (!result || !/\b\d{4}\b/.test(result.text)) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  // The date must be most of the line, so "The summit on May 2, 2025 failed" is not a date line.
  // A time printed as a part of its own ("Aug 17, 2024 / 05:41 PM MDT") belongs to the date line.
  let leftover = rest.slice(0, result.index) + ' '.repeat(result.text.length);
  leftover += rest.slice(result.index + result.text.length);
  for (const time of others) {
    if (time.start.isCertain('day')) continue;
    leftover =
      leftover.slice(0, time.index) +
      ' '.repeat(time.text.length) +
      leftover.slice(time.index + time.text.length);
  }
  // Time zones: the common ones in any case, and any capitals ending in T ("MDT", "AEST", "ET").
  leftover = leftover
    .replace(/\b[A-Z]{1,3}T\b/g, '')
    .replace(/[\s,.:|/·•–—-]+|\b(at|GMT|BST|UTC|EST|EDT|PST|PDT|CET|CEST)\b/gi, '');
  if (leftover.length > 6) return null;
  const y = start.get('year')!;
  const m = start.get('month')!;
  const d = start.get('day')!;
  return { iso: `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`, label };
}

/** A clock time after a dotted date, set off by a space, comma, bar or dash. */
const TIME_AFTER_DATE = /(?<=\d)\s*[\s,|·–-]\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i;

const LEADING_WEEKDAY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?=\d)/i;

/**
 * Dotted numeric dates chrono does not read: "2025.04.24" (year first) and "26.09.2025" (day
 * first, as dotted dates are written in most of Europe). Slashed ones stay with chrono.
 */
function numericDate(line: string): string | null {
  // "09.05.2025 | 07:15": a time printed after the date is part of the date line.
  // "Thu 07.08.2025": a weekday before the date names the day; it does not change the order.
  const text = line.replace(TIME_AFTER_DATE, '').replace(LEADING_WEEKDAY, '');
  const yearFirst = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [y, m, d] = yearFirst
    ? [yearFirst[1], yearFirst[2], yearFirst[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : [];
  if (!y || !m || !d) return null;
  const iso = `${y}-${pad(Number(m))}-${pad(Number(d))}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(iso) ? iso : null;
}

function labelKind(word: string): DateLine['label'] {
  const w = word.toLowerCase();
  if (w.includes('updated')) return 'updated';
  if (w.includes('published') || w === 'posted') return 'published';
  return 'plain';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
