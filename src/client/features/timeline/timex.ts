import { MONTH_NAMES } from '../../../shared/month-names.ts';
/**
 * Reading TIMEX3 values for people: a label that states precision plainly ("May 2 · year not
 * stated", "February 2024", "the 1990s") and a position on a time axis when the year is known.
 */
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const SEASON_START: Record<string, number> = { SP: 2, SU: 5, FA: 8, WI: 11 };
const ORDINAL_HALF: Record<string, string> = { H1: 'first half', H2: 'second half' };

export type TimexInfo = {
  label: string;
  yearKnown: boolean;
  /** Fractional year of the period's start (2024.5 = July 2024); null when the year is unknown. */
  position: number | null;
};

export function describeTimex(value: string): TimexInfo {
  const decade = /^(\d{3})X$/.exec(value);
  if (decade)
    return { label: `the ${decade[1]}0s`, yearKnown: true, position: Number(`${decade[1]}0`) };

  const [yearPart = '', rest = '', day = ''] = value.split('-');
  const yearKnown = /^\d{4}$/.test(yearPart);
  const year = yearKnown ? Number(yearPart) : null;
  const unknown = ' · year not stated';
  const at = (monthIndex: number, dayOfMonth = 1) =>
    year === null ? null : year + (monthIndex + (dayOfMonth - 1) / 31) / 12;

  if (rest === '')
    return { label: year === null ? 'Year not stated' : String(year), yearKnown, position: at(0) };
  if (/^\d{2}$/.test(rest)) {
    const m = Number(rest) - 1;
    const month = MONTH_NAMES[m] ?? rest;
    if (day) {
      const d = Number(day);
      return year === null
        ? { label: `${month} ${d}${unknown}`, yearKnown, position: null }
        : { label: `${d} ${month} ${year}`, yearKnown, position: at(m, d) };
    }
    return {
      label: year === null ? `${month}${unknown}` : `${month} ${year}`,
      yearKnown,
      position: at(m),
    };
  }
  const quarter = /^Q([1-4])$/.exec(rest);
  if (quarter) {
    const q = Number(quarter[1]);
    return {
      label: year === null ? `Q${q}${unknown}` : `Q${q} ${year}`,
      yearKnown,
      position: at((q - 1) * 3),
    };
  }
  if (ORDINAL_HALF[rest]) {
    const half = ORDINAL_HALF[rest];
    return {
      label: year === null ? `${half}${unknown}` : `${half} of ${year}`,
      yearKnown,
      position: at(rest === 'H1' ? 0 : 6),
    };
  }
  if (SEASONS[rest]) {
    const season = SEASONS[rest];
    return {
      label: year === null ? `${season}${unknown}` : `${season} ${year}`,
      yearKnown,
      position: at(SEASON_START[rest]!),
    };
  }
  const week = /^W(\d{2})$/.exec(rest);
  if (week) {
    const w = Number(week[1]);
    return {
      label: year === null ? `week ${w}${unknown}` : `week ${w} of ${year}`,
      yearKnown,
      position: year === null ? null : year + (w - 1) / 52,
    };
  }
  return { label: value, yearKnown, position: null };
}

/** Capitalise the first letter for display at the start of a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
