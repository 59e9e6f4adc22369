import type { Article } from './article-schema.ts';
import type { IndexEntry } from './index-schema.ts';

/** What the library lists of an article: enough to show, sort and search it without fetching it. */
export function indexEntryOf(article: Article): IndexEntry {
  return {
    slug: article.slug,
    title: article.title,
    sourceFile: article.sourceFile,
    publishedAt: article.publishedAt,
    source: article.source,
    byline: article.byline,
    readingMinutes: article.readingMinutes,
    counts: {
      entities: article.entities.length,
      quotes: article.quotes.length,
      dates: article.dates.length,
    },
    entityNames: article.entities.toSorted((x, y) => y.salience - x.salience).map((e) => e.name),
  };
}
