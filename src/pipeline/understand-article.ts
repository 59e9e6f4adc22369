import type { Segmented } from './02-segment.ts';
import { extractEntities } from './03-entities.ts';
import { extractQuotes } from './04-quotes.ts';
import { extractDates } from './05-dates.ts';
import type { Understanding } from './assemble-article.ts';

/**
 * Entities, quotes and dates: each stage a pure function of the segmented article and the
 * anchor date (the article's date line, else the CLI's reference date, else null).
 */
export function understandArticle(
  segmented: Segmented,
  context: { anchorDate: string | null },
): Understanding {
  const index = extractEntities(segmented);
  return {
    entities: index.entities,
    quotes: extractQuotes(segmented, index),
    dates: extractDates(segmented, index, context.anchorDate),
  };
}
