import { addDays, fmtDay, fmtWeek, isoWeek, parseIsoDay, type Day, pad } from './calendar-math.ts';
import { countOf, MONTH_NAMES, NUMBER_RE, SHIFT, type Previous, type Rule } from './date-phrase.ts';
import { MONTHS, WEEKDAYS } from './calendar-words.ts';
import { monthValue, relativeValue, weekdayValue, weekendValue } from './resolve-relative.ts';

/** A word right before a match, with no punctuation between: the match is mid-sentence. */
const WORD_BEFORE = /[\p{L}\p{N}]\s+$/u;
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** "open from Tuesday to Sunday, 10am to 5pm": a weekly pattern, not a calendar date. */
const WEEKDAY_RANGE = new RegExp(`(?:${WEEKDAY})\\s*(?:-|–|to|through|until)\\s*(?:${WEEKDAY})`);
/** An indefinite or distributive word before a weekday: "a Monday", "each Sunday". */
const ANY_DAY_BEFORE = /\b(?:a|an|every|each|any)\s+$/i;
/** Nouns that, after a weekday, name something that recurs each week rather than one day. */
const WEEKLY_AFTER =
  /^\s+(?:closures?|closing|opening|hours|services?|markets?|collections?|shifts?|timetables?|rotas?)\b/;
const RECURRING =
  /\b(?:open|opens|opening|closed|every|daily|hours|\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b)/i;

/**
 * Dates relative to the anchor ("last week", "two years ago", "today", "Saturday", "the end of
 * the year") and to the date read just before ("the day before", "a year later"). Every value is
 * computed from those; with neither, the phrase yields nothing.
 */
export const RELATIVE_RULES: Rule[] = [
  {
    // "last week", "next month", "this year", "early next year", "later this month"
    re: /\b(?:(?:early|earlier|late|later|mid)[-\s])?(last|next|this|coming)\s+(week|weekend|month|year)\b/gi,
    priority: 4,
    make: (m) => (anchor) =>
      anchor ? relativeValue(anchor, m[2]!.toLowerCase(), SHIFT[m[1]!.toLowerCase()] ?? 0) : null,
  },
  {
    // "three weeks ago", "two years ago", "a decade ago" (a year: 2015 for 2025)
    re: new RegExp(`\\b(${NUMBER_RE})\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'gi'),
    priority: 4,
    make: (m) => (anchor) => {
      if (!anchor) return null;
      const n = countOf(m[1]!);
      const unit = m[2]!.toLowerCase();
      return unit === 'decade' ? String(anchor.y - 10 * n) : relativeValue(anchor, unit, -n);
    },
  },
  {
    re: /\b(today|yesterday|tomorrow|tonight)\b/gi,
    priority: 3,
    make: (m) => {
      // "told Andes Today:", "a column in USA Today": capitalised mid-sentence (a word right
      // before it, no colon or quotation mark), the word ends a title (a paper, a show), not a day.
      if (
        WORD_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index)) &&
        /^\p{Lu}/u.test(m[1]!)
      )
        return null;
      return (anchor) => {
        if (!anchor) return null;
        const w = m[1]!.toLowerCase();
        return relativeValue(anchor, 'day', w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0);
      };
    },
  },
  {
    // "Saturday", "next Monday", "last Friday" (capitalised: "monday" is not a name here)
    re: new RegExp(`\\b(?:(last|next|this|coming)\\s+)?(${WEEKDAY})\\b(?!s)`, 'g'),
    priority: 3,
    make: (m) => {
      const around = m.input.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20);
      if (WEEKDAY_RANGE.test(around) && RECURRING.test(m.input)) return null;
      // "on a Monday morning", "every Friday": a kind of day, not one on the calendar.
      if (!m[1] && ANY_DAY_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index)))
        return null;
      // "the Monday closure", "the Sunday market": a weekday naming a weekly arrangement.
      if (!m[1] && WEEKLY_AFTER.test(m.input.slice(m.index + m[0].length))) return null;
      return (anchor, tense) =>
        anchor
          ? weekdayValue(
              anchor,
              WEEKDAYS.indexOf(m[2]!.toLowerCase()),
              m[1]?.toLowerCase() ?? null,
              tense,
            )
          : null;
    },
  },
  {
    // "the end of the year", "the start of next month", "the end of September", "the end of 2026"
    re: new RegExp(
      `\\b(?:the\\s+)?(?:very\\s+)?(?:end|start|beginning|middle|close|turn)\\s+of\\s+(?:(?:the|this|next|last)\\s+)?(?:(year|month|week|decade)|(${MONTH_NAMES})(?:\\s+(\\d{4}))?|(\\d{4}))\\b`,
      'gi',
    ),
    priority: 4,
    make: (m) => {
      const shift = /\b(next|last)\s+\w+$/i.exec(m[0])?.[1]?.toLowerCase();
      const delta = shift ? SHIFT[shift]! : 0;
      return (anchor, tense) => {
        if (m[4]) return m[4];
        if (m[2]) {
          const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
          return m[3] ? `${m[3]}-${pad(month)}` : monthValue(anchor, month, tense);
        }
        if (!anchor) return null;
        const unit = m[1]!.toLowerCase();
        if (unit === 'decade') return `${String(anchor.y + 10 * delta).slice(0, 3)}X`;
        return relativeValue(anchor, unit, delta);
      };
    },
  },
  {
    // "July last year", "in March next year", "4 June this year": the month (and day) of the year
    // the anchor shifts to. Without an anchor the year stays unknown ("XXXX-07").
    re: new RegExp(
      `\\b(?:(\\d{1,2})\\s+)?(${MONTH_NAMES})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(last|this|next)\\s+year\\b`,
      'gi',
    ),
    priority: 5,
    make: (m) => {
      const month = String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, '0');
      const day = m[1] ?? m[3];
      if (day && (Number(day) < 1 || Number(day) > 31)) return null;
      const tail = day ? `-${month}-${day.padStart(2, '0')}` : `-${month}`;
      return (anchor) => `${anchor ? anchor.y + SHIFT[m[4]!.toLowerCase()]! : 'XXXX'}${tail}`;
    },
  },
  {
    // "mid-May", "late June", "early March 2024": the month, by the tense when the year is open.
    re: new RegExp(`\\b(?:early|mid|late)[-\\s](${MONTH_NAMES})(?:\\s+(\\d{4}))?\\b`, 'gi'),
    priority: 4,
    make: (m) => {
      const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
      return (anchor, tense) => (m[2] ? `${m[2]}-${pad(month)}` : monthValue(anchor, month, tense));
    },
  },
  {
    // "over the weekend", "at the weekend": the weekend nearest in the sentence's tense.
    re: /\b(?<=(?:over|at|during|on)\s+)the\s+weekend\b/gi,
    priority: 3,
    make: () => (anchor, tense) => (anchor ? weekendValue(anchor, tense) : null),
  },
  {
    // "the day before", "the next day", "the following week", "a year later", "two days earlier";
    // not "two years later than promised", which measures a delay and names no date.
    re: new RegExp(
      `\\b(?:the\\s+(?:next|following|previous|preceding)\\s+(day|week|month|year)|the\\s+(day|week|month|year)\\s+(before|after)(?=\\s*[,.;]|\\s+that\\b)|(${NUMBER_RE})\\s+(day|week|month|year)s?\\s+(later|earlier)(?!\\s+than\\b))\\b`,
      'gi',
    ),
    priority: 4,
    make: (m) => {
      const word = m[0].toLowerCase();
      const back = /\b(?:previous|preceding|before|earlier)\b/.test(word);
      const n = (m[4] ? countOf(m[4]) : 1) * (back ? -1 : 1);
      const unit = (m[1] ?? m[2] ?? m[5]!).toLowerCase();
      return (anchor, _tense, previous) => fromPrevious(previous, unit, n);
    },
  },
  {
    // "the mill went bankrupt that year", "in the same year": the year the text
    // named last (a date read earlier gives its year). Not "that year after year", a repetition.
    re: /\b(?:that|the\s+same|that\s+same)\s+year\b(?!\s+(?:after|on|by)\s+year\b|[-‐])/gi,
    priority: 4,
    make: () => (_anchor, _tense, previous) => fromPrevious(previous, 'year', 0),
  },
];

/** n units after the last date of fine enough granularity that the text gave. */
function fromPrevious(previous: Previous, unit: string, n: number): string | null {
  if (unit === 'year') return previous.year ? String(Number(previous.year.slice(0, 4)) + n) : null;
  if (unit === 'month') {
    const base = previous.month ?? previous.day;
    if (!base) return null;
    const index = Number(base.slice(0, 4)) * 12 + Number(base.slice(5, 7)) - 1 + n;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  }
  if (!previous.day) return null;
  const day: Day = parseIsoDay(previous.day);
  return unit === 'week' ? fmtWeek(isoWeek(addDays(day, 7 * n))) : fmtDay(addDays(day, n));
}
