import { ArticleSchema, type Article } from '../../src/shared/article-schema.ts';
import type { ArticleIndex } from '../../src/shared/index-schema.ts';

/** A small hand-written article, validated by the same schema the app uses. */
export const sampleArticle: Article = ArticleSchema.parse({
  schemaVersion: 1,
  slug: 'harbour-council-approves-ferry-timetable',
  sourceFile: 'ferry.txt',
  title: 'Harbour council approves new ferry timetable',
  source: { name: 'The Island Post', section: 'Local' },
  byline: 'Dana Whitfield',
  publishedAt: '2025-03-14',
  anchorDate: '2025-03-14',
  image: {
    caption: 'The morning ferry leaving the harbour.',
    credit: 'Ola Berg',
    licence: 'CC BY 4.0',
    via: 'Wikimedia Commons',
  },
  paragraphs: [
    {
      id: 'p1',
      kind: 'text',
      text: 'The harbour council approved a new ferry timetable on Tuesday evening.',
    },
    { id: 'p2', kind: 'heading', text: 'What changes' },
    {
      id: 'p3',
      kind: 'text',
      text: 'Residents had asked for an earlier boat. <script>alert(1)</script> stays text.',
    },
  ],
  removed: ['Menu', 'Share'],
  wordCount: 24,
  readingMinutes: 1,
  entities: [],
  quotes: [],
  dates: [],
});

export const olderArticle: Article = {
  ...sampleArticle,
  slug: 'older-story',
  title: 'An older story about tides',
  publishedAt: '2024-01-02',
  source: { name: 'Tide Weekly', section: null },
  byline: null,
  image: null,
};

export const undatedArticle: Article = {
  ...olderArticle,
  slug: 'undated-story',
  title: 'A story with no date',
  publishedAt: null,
};

export function indexOf(...articles: Article[]): ArticleIndex {
  return {
    articles: articles.map(
      ({ slug, title, sourceFile, publishedAt, source, byline, readingMinutes }) => ({
        slug,
        title,
        sourceFile,
        publishedAt,
        source,
        byline,
        readingMinutes,
      }),
    ),
  };
}
