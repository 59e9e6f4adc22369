import type { Segmented } from '../../../src/pipeline/02-segment.ts';
import { understandArticle } from '../../../src/pipeline/understand-article.ts';

/** A segmented article from plain paragraphs, so stage tests need no page furniture. */
export function segmented(paragraphs: string[], extra: Partial<Segmented> = {}): Segmented {
  return {
    title: 'Test article',
    source: { name: null, section: null },
    byline: null,
    publishedAt: null,
    image: null,
    paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, kind: 'text' as const, text })),
    removed: [],
    ...extra,
  };
}

export function understand(
  paragraphs: string[],
  anchorDate: string | null,
  extra: Partial<Segmented> = {},
) {
  return understandArticle(segmented(paragraphs, extra), { anchorDate });
}
