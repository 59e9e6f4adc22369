import type { Segmented } from './02-segment.ts';
import type { Understanding } from './assemble-article.ts';

/**
 * Entities, quotes and dates. The walking skeleton leaves them empty; the article-understanding
 * stages plug in here, each a pure function of the segmented article and the anchor date.
 */
export function understandArticle(
  _segmented: Segmented,
  _context: { anchorDate: string | null },
): Understanding {
  return { entities: [], quotes: [], dates: [] };
}
