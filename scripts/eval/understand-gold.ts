import { understandArticle } from '../../src/pipeline/understand-article.ts';
import type { Expected } from './expected.ts';
import type { Understood } from './scores.ts';

/**
 * `--gold-segments`: runs the understanding stages on the hand-checked title, caption, paragraphs
 * and date line instead of the segmenter's, so their own errors show apart from segmentation's.
 */
export function understandGold(e: Expected): Understood {
  return understandArticle(
    {
      title: e.title ?? '',
      source: { name: null, section: null },
      byline: e.byline ?? null,
      publishedAt: e.publishedAt ?? null,
      // Fixtures do not annotate the "via" part of a credit; the understanding stages ignore it.
      image: e.image ? { ...e.image, via: null } : null,
      paragraphs: (e.paragraphs ?? []).map((text, i) => ({ id: `p${i + 1}`, kind: 'text', text })),
      removed: [],
    },
    { anchorDate: e.publishedAt ?? e.referenceDate },
  );
}
