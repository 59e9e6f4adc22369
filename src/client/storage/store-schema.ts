import * as z from 'zod/mini';
import { SlugSchema } from '../../shared/article-schema.ts';
import { FONTS, LINE_WIDTHS, TEXT_SIZES, THEMES } from './store-data.ts';

/** The shapes of the stored data (store-data.ts has the keys, defaults and the data type). */
export const SettingsSchema = z.object({
  shortcuts: z.boolean(),
  theme: z.enum(THEMES),
  textSize: z.enum(TEXT_SIZES),
  lineWidth: z.enum(LINE_WIDTHS),
  font: z.enum(FONTS),
});
export type Settings = z.infer<typeof SettingsSchema>;

const ParagraphIdSchema = z.string().check(z.regex(/^p\d+$/, 'must be p<number>'));

/**
 * One saved view: the article, the URL's search and hash as they were (lens, selected quote or
 * date, paragraph anchor) and the paragraph that was in view. The patterns keep a hand-edited or
 * imported bookmark from turning into a link anywhere but an article of this site.
 */
export const BookmarkSchema = z.object({
  kind: z.enum(['view', 'quote', 'paragraph']),
  slug: SlugSchema,
  /** Set for an article the reader added in this browser; absent for the library's own. */
  origin: z.optional(z.literal('yours')),
  search: z.string().check(z.maxLength(2000), z.regex(/^(\?[^#]*)?$/, 'must be empty or ?…')),
  hash: z.string().check(z.regex(/^(#[\w-]+)?$/, 'must be empty or #id')),
  paragraphId: z.nullable(ParagraphIdSchema),
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** The article's title when saved, so the list reads well even if the article is gone. */
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  createdAt: z.iso.datetime(),
});
export type Bookmark = z.infer<typeof BookmarkSchema>;

/** Where the reader last was in one article (paragraph `position` of `total`, 1-based). */
export const ProgressSchema = z
  .object({
    paragraphId: ParagraphIdSchema,
    position: z.int().check(z.positive()),
    total: z.int().check(z.positive()),
    updatedAt: z.iso.datetime(),
  })
  .check(z.refine((p) => p.position <= p.total, 'position must not exceed total'));
export type Progress = z.infer<typeof ProgressSchema>;
