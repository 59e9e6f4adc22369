import { addDays, fmtDay, parseIsoDay, toDays, type Day } from './calendar-math.ts';

/** A date already resolved in a sentence: its place in the sentence, its words and its value. */
export type Resolved = { start: number; end: number; text: string; value: string };

/** Only a conjunction or dash between the two ends of a range. */
/** What joins the two ends of a range: "May 2 to May 9", "2019–2020". */
export const RANGE_JOIN = /^\s*(?:and|to|through|until|till|-|–|—)\s*$/;
/** "between" or "from" right before the first end: the two dates bound one span. */
const OPENS_RANGE = /\b(?:between|from)\s+(?:the\s+)?$/i;
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const DAY = /^\d{4}-\d\d-\d\d$/;
const MONTH = /^\d{4}-\d\d$/;

/**
 * "between Tuesday and Thursday", "between March and September": the ends of a range come in
 * order, but each was resolved on its own (by tense or nearness) and may land either side of the
 * other. When the first comes out later than the second, one end moves by a week (weekdays) or a
 * year (months, month-days): the end whose move leaves the span nearest the anchor. Only year-less
 * ends of the same granularity; values are returned in the input's order.
 */
export function orderRanges(sentence: string, dates: Resolved[], anchor: Day | null): string[] {
  const values = dates.map((x) => x.value);
  if (!anchor) return values;
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    if (!RANGE_JOIN.test(sentence.slice(a.end, b.start))) continue;
    if (!OPENS_RANGE.test(sentence.slice(Math.max(0, a.start - 20), a.start))) continue;
    if (/\d{4}/.test(a.text) || /\d{4}/.test(b.text)) continue;
    const [va, vb] = [values[i]!, values[i + 1]!];
    const days = DAY.test(va) && DAY.test(vb);
    if (!(days || (MONTH.test(va) && MONTH.test(vb))) || va <= vb) continue;
    const weekly = days && WEEKDAY.test(a.text) && WEEKDAY.test(b.text);
    const back = shift(va, -1, weekly);
    const ahead = shift(vb, 1, weekly);
    if (!back || !ahead) continue;
    const now = days ? toDays(anchor) : anchor.y * 12 + anchor.m;
    if (distance(back, vb, now) <= distance(va, ahead, now)) values[i] = back;
    else values[i + 1] = ahead;
  }
  return values;
}

/** A value moved by one week (weekly) or one year; null when the day does not exist then. */
function shift(value: string, sign: 1 | -1, weekly: boolean): string | null {
  if (weekly) return fmtDay(addDays(parseIsoDay(value), 7 * sign));
  const moved = `${Number(value.slice(0, 4)) + sign}${value.slice(4)}`;
  if (!DAY.test(moved)) return moved;
  return fmtDay(addDays(parseIsoDay(moved), 0)) === moved ? moved : null;
}

/** How far the span from `a` to `b` lies from `now` (zero when it contains it). */
function distance(a: string, b: string, now: number): number {
  const at = (v: string) =>
    DAY.test(v) ? toDays(parseIsoDay(v)) : Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7));
  const [from, to] = [at(a), at(b)];
  return now < from ? from - now : now > to ? now - to : 0;
}
