import {
  ArticleSchema,
  type Article,
  type DateMention,
  type Entity,
  type Quote,
} from '../shared/article-schema.ts';
import { describeSchemaError } from '../shared/describe-schema-error.ts';
import { slugify } from '../shared/slugify.ts';
import type { Segmented } from './02-segment.ts';
import { wordsOf } from './text-features.ts';

export type Understanding = { entities: Entity[]; quotes: Quote[]; dates: DateMention[] };

export class InvalidArticleError extends Error {}

/** Reading speed used for `readingMinutes`: a common figure for adults reading on screen. */
const WORDS_PER_MINUTE = 230;

/**
 * Last stage: put the parts together and validate against the shared schema. An article that
 * fails its own schema is a pipeline bug, so it fails loudly here rather than in the reader.
 */
export function assembleArticle(
  segmented: Segmented,
  understanding: Understanding,
  context: { sourceFile: string; anchorDate: string | null },
): Article {
  const wordCount = segmented.paragraphs.reduce((sum, p) => sum + wordsOf(p.text).length, 0);
  const candidate = {
    schemaVersion: 1,
    slug: slugFor(segmented.title, context.sourceFile),
    sourceFile: context.sourceFile,
    title: segmented.title,
    source: segmented.source,
    byline: segmented.byline,
    publishedAt: segmented.publishedAt,
    anchorDate: context.anchorDate,
    image: segmented.image,
    paragraphs: segmented.paragraphs,
    removed: segmented.removed,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    ...understanding,
  };
  const parsed = ArticleSchema.safeParse(candidate);
  if (!parsed.success)
    throw new InvalidArticleError(
      `output failed the article schema: ${describeSchemaError(parsed.error)}`,
    );
  return parsed.data;
}

/** From the headline; titles with no Latin letters fall back to the file's name. */
function slugFor(title: string, sourceFile: string): string {
  return slugify(title) || slugify(sourceFile.replace(/\.[^.]+$/, '')) || 'article';
}
