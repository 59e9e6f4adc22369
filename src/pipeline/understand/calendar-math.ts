/**
 * Calendar arithmetic on plain {y, m, d} values in UTC. Nothing here reads the clock: every date
 * is derived from the article's anchor, so the output depends only on the input.
 */
export type Day = { y: number; m: number; d: number };

const DAY_MS = 86_400_000;

export function parseIsoDay(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

export function toDays(day: Day): number {
  return Math.floor(Date.UTC(day.y, day.m - 1, day.d) / DAY_MS);
}

export function fromDays(n: number): Day {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return (((toDays(day) + 4) % 7) + 7) % 7;
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: Day): { year: number; week: number } {
  const n = toDays(day);
  const wd = (weekdayOf(day) + 6) % 7; // Monday = 0
  const thursday = fromDays(n - wd + 3);
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((n - wd + 3 - jan1) / 7) + 1 };
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const fmtDay = (day: Day) => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const fmtWeek = (w: { year: number; week: number }) => `${pad(w.year, 4)}-W${pad(w.week)}`;

/** Month arithmetic: (2025, 1) + -1 → (2024, 12). */
export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function addDays(day: Day, delta: number): Day {
  return fromDays(toDays(day) + delta);
}
