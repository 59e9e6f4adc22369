import { TIMEX_PATTERN, type DateMention } from '../shared/article-schema.ts';
import type { Segmented } from './02-segment.ts';
import type { EntityIndex } from './understand/entity-index.ts';
import { parseIsoDay } from './understand/calendar-math.ts';
import { chronoPhrases } from './understand/chrono-dates.ts';
import { detectTense } from './understand/detect-tense.ts';
import { NO_PREVIOUS } from './understand/date-phrase.ts';
import { findDatePhrases, type DatePhrase, type Previous } from './understand/find-date-phrases.ts';
import { isGamePeriod, readsAsGameReport } from './understand/game-periods.ts';
import { isDateStamp } from './understand/is-date-stamp.ts';
import { mentionsWithin, uniqueIds } from './understand/mention-lookup.ts';
import { orderRanges } from './understand/order-range.ts';

/**
 * Stage 5: calendar expressions, sentence by sentence. Our rules and chrono-node both propose
 * phrases; overlaps keep the longer phrase (then the more specific rule), so "the summer of 2023"
 * beats "2023". Values resolve against the anchor only (never the clock); without one, a phrase
 * that needs it yields no date and a year-less date keeps XXXX. In a game report "the fourth
 * quarter" is a period of play, not a date. Each date carries its sentence and the entities
 * mentioned there, for the timeline and the lens.
 */
export function extractDates(
  segmented: Segmented,
  index: EntityIndex,
  anchorDate: string | null,
): DateMention[] {
  const anchor = anchorDate ? parseIsoDay(anchorDate) : null;
  const dates: DateMention[] = [];
  const previous: Previous = { ...NO_PREVIOUS };
  const gameReport = readsAsGameReport([
    segmented.title,
    ...segmented.paragraphs.map((paragraph) => paragraph.text),
  ]);
  segmented.paragraphs.forEach((paragraph, p) => {
    // A time stamp left in the body ("Updated: 16:05 GMT, 19 November 2024") is not the story's.
    if (isDateStamp(paragraph.text)) return;
    for (const span of index.sentencesByParagraph[p] ?? []) {
      const sentence = paragraph.text.slice(span.start, span.end);
      const phrases = pickPhrases([
        ...findDatePhrases(sentence),
        ...chronoPhrases(sentence, anchor),
      ]);
      if (phrases.length === 0) continue;
      const entityIds = uniqueIds(
        mentionsWithin(index.mentionsByParagraph[p]!, span.start, span.end),
      );
      const first = dates.length;
      for (const phrase of phrases) {
        const text = sentence.slice(phrase.start, phrase.end);
        if (gameReport && isGamePeriod(text, sentence)) continue;
        const tense = detectTense(sentence, phrase.start, phrase.end);
        const value = phrase.value(anchor, tense, previous);
        if (!value || !TIMEX_PATTERN.test(value)) continue;
        remember(previous, value);
        dates.push({
          id: `d${dates.length + 1}`,
          paragraphId: paragraph.id,
          start: span.start + phrase.start,
          end: span.start + phrase.end,
          text,
          value,
          sentence: { paragraphId: paragraph.id, start: span.start, end: span.end },
          entityIds,
        });
      }
      // "between Tuesday and Thursday": the ends of a range, resolved one by one, put in order.
      const local = dates
        .slice(first)
        .map((x) => ({ ...x, start: x.start - span.start, end: x.end - span.start }));
      orderRanges(sentence, local, anchor).forEach((value, i) => {
        const date = dates[first + i]!;
        if (date.value === value) return;
        date.value = value;
        remember(previous, value);
      });
    }
  });
  return dates;
}

/** The latest day, month and year read so far, for "the day before" and "a year later". */
function remember(previous: Previous, value: string) {
  if (/^\d{4}-\d\d-\d\d$/.test(value)) previous.day = value;
  if (/^\d{4}-\d\d(?:-\d\d)?$/.test(value)) previous.month = value;
  if (/^\d{4}(?:-|$)/.test(value)) previous.year = value;
}

/** Longest first, then the more specific rule; then in reading order. */
function pickPhrases(candidates: DatePhrase[]): DatePhrase[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: DatePhrase[] = [];
  for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
