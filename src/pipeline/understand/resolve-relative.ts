import {
  addDays,
  addMonths,
  fmtDay,
  fmtMonth,
  fmtWeek,
  isoWeek,
  toDays,
  weekdayOf,
  type Day,
} from './calendar-math.ts';
import type { Tense } from './detect-tense.ts';

/**
 * Choosing the year (or week) of a date the text leaves open, from the anchor and the tense:
 * past → the latest such date not after the anchor; future → the earliest not before it;
 * unknown → the nearest. The FORMAT's rule for past-tense narrative, extended symmetrically.
 */
export function monthDayValue(
  anchor: Day | null,
  month: number,
  day: number,
  tense: Tense,
  weekday: number | null = null,
): string {
  if (!anchor) return `XXXX-${fmtMonth(0, month).slice(5)}-${String(day).padStart(2, '0')}`;
  let year = pickYear(anchor, tense, (y) => toDays({ y, m: month, d: day }), toDays(anchor));
  // "Tuesday, March 18": the weekday says which year, whatever the tense suggested.
  if (weekday !== null && weekdayOf({ y: year, m: month, d: day }) !== weekday) {
    const fits = [year - 1, year + 1].find((y) => weekdayOf({ y, m: month, d: day }) === weekday);
    if (fits !== undefined) year = fits;
  }
  return fmtDay({ y: year, m: month, d: day });
}

export function monthValue(anchor: Day | null, month: number, tense: Tense): string {
  if (!anchor) return `XXXX-${String(month).padStart(2, '0')}`;
  const now = anchor.y * 12 + anchor.m;
  const year = pickYear(anchor, tense, (y) => y * 12 + month, now);
  return fmtMonth(year, month);
}

/** Quarter n (1-4) with no year: the same rule on quarters. */
export function quarterValue(anchor: Day, n: number, tense: Tense): string {
  const now = anchor.y * 4 + Math.floor((anchor.m - 1) / 3) + 1;
  return `${pickYear(anchor, tense, (y) => y * 4 + n, now)}-Q${n}`;
}

/** Half n (1-2) with no year ("revenue in H1"): the same rule on halves. */
export function halfValue(anchor: Day, n: number, tense: Tense): string {
  const now = anchor.y * 2 + (anchor.m <= 6 ? 1 : 2);
  return `${pickYear(anchor, tense, (y) => y * 2 + n, now)}-H${n}`;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * A season with no year. "last"/"next" mean the last one that has ended / the next one that has
 * not begun; otherwise the tense rule on the season's months.
 */
export function seasonValue(
  anchor: Day,
  code: string,
  modifier: string | null,
  tense: Tense,
): string {
  const startMonth = SEASON_START[code]!;
  const now = anchor.y * 12 + anchor.m;
  const startOf = (y: number) => y * 12 + startMonth;
  const endOf = (y: number) => startOf(y) + 2;
  let year: number;
  if (modifier === 'last') year = endOf(anchor.y) < now ? anchor.y : anchor.y - 1;
  else if (modifier === 'next') year = startOf(anchor.y) > now ? anchor.y : anchor.y + 1;
  else if (modifier === 'this') year = code === 'WI' && anchor.m <= 2 ? anchor.y - 1 : anchor.y;
  else if (tense === 'past') year = startOf(anchor.y) <= now ? anchor.y : anchor.y - 1;
  else if (tense === 'future') year = endOf(anchor.y) >= now ? anchor.y : anchor.y + 1;
  else year = code === 'WI' && anchor.m <= 2 ? anchor.y - 1 : anchor.y;
  return `${year}-${code}`;
}

export function weekdayValue(
  anchor: Day,
  weekday: number,
  modifier: string | null,
  tense: Tense,
): string {
  const today = weekdayOf(anchor);
  const monday = addDays(anchor, -((today + 6) % 7));
  const inWeek = (weekStart: Day) => addDays(weekStart, (weekday + 6) % 7);
  if (modifier === 'next') return fmtDay(inWeek(addDays(monday, 7)));
  if (modifier === 'this' || modifier === 'coming') return fmtDay(inWeek(monday));
  const back = (today - weekday + 7) % 7;
  const past = addDays(anchor, modifier === 'last' ? -(back === 0 ? 7 : back) : -back);
  const future = addDays(anchor, (weekday - today + 7) % 7);
  if (modifier === 'last' || tense === 'past') return fmtDay(past);
  if (tense === 'future') return fmtDay(future);
  return fmtDay(toDays(anchor) - toDays(past) <= toDays(future) - toDays(anchor) ? past : future);
}

/**
 * "over the weekend": the ISO week of the Saturday just past (the anchor's own weekend if it is
 * one), or, in future tense, of the next Saturday.
 */
export function weekendValue(anchor: Day, tense: Tense): string {
  const today = weekdayOf(anchor);
  const saturday =
    tense === 'future'
      ? addDays(anchor, (6 - today + 7) % 7)
      : addDays(anchor, today === 0 ? -1 : -((today + 1) % 7));
  return fmtWeek(isoWeek(saturday));
}

/** "last week" → the ISO week before the anchor's; months and years likewise. */
export function relativeValue(anchor: Day, unit: string, shift: number): string {
  if (unit === 'week' || unit === 'weekend') return fmtWeek(isoWeek(addDays(anchor, 7 * shift)));
  if (unit === 'month') {
    const { y, m } = addMonths(anchor.y, anchor.m, shift);
    return fmtMonth(y, m);
  }
  if (unit === 'day') return fmtDay(addDays(anchor, shift));
  return String(anchor.y + shift);
}

function pickYear(anchor: Day, tense: Tense, at: (y: number) => number, now: number): number {
  const y = anchor.y;
  if (tense === 'past') return at(y) <= now ? y : y - 1;
  if (tense === 'future') return at(y) >= now ? y : y + 1;
  const options = [y - 1, y, y + 1];
  let best = y;
  for (const option of options)
    if (Math.abs(at(option) - now) < Math.abs(at(best) - now)) best = option;
  return best;
}
