import * as z from 'zod/mini';
import { IsoDaySchema, SlugSchema, SourceSchema } from './article-schema.ts';

/** The library's table of contents: enough to list articles without fetching each one. */
export const IndexEntrySchema = z.object({
  slug: SlugSchema,
  title: z.string().check(z.minLength(1)),
  sourceFile: z.string().check(z.minLength(1)),
  publishedAt: z.nullable(IsoDaySchema),
  source: SourceSchema,
  byline: z.nullable(z.string()),
  readingMinutes: z.int().check(z.positive()),
  /** What the library shows per article and searches without fetching every article. */
  counts: z.object({
    entities: z.int().check(z.nonnegative()),
    quotes: z.int().check(z.nonnegative()),
    dates: z.int().check(z.nonnegative()),
  }),
  entityNames: z.array(z.string()),
});

export const ArticleIndexSchema = z.object({ articles: z.array(IndexEntrySchema) }).check(
  z.superRefine((index, ctx) => {
    const seen = new Set<string>();
    index.articles.forEach((a, i) => {
      if (seen.has(a.slug)) {
        ctx.addIssue({
          code: 'custom',
          path: ['articles', i, 'slug'],
          message: `duplicate slug "${a.slug}"`,
        });
      }
      seen.add(a.slug);
    });
  }),
);

export type IndexEntry = z.infer<typeof IndexEntrySchema>;
export type ArticleIndex = z.infer<typeof ArticleIndexSchema>;
