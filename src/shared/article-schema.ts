import * as z from 'zod/mini';

/**
 * The one contract between the pipeline and the reader. The pipeline validates its own output
 * against it before writing; the reader validates every JSON it fetches. Types come from z.infer,
 * so there is no hand-written `Article` interface to drift out of date.
 *
 * Offsets are UTF-16 code-unit offsets into a paragraph's `text` (what JavaScript string indices
 * are), end exclusive. Article text is data: it is never HTML.
 *
 * Written with zod/mini: the same validation as classic zod in a fraction of the bytes the reader
 * must download (the article route's JavaScript budget).
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ISO_DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** TIMEX3 values we emit: days, months, years, unknown years, decades, halves, quarters, seasons, weeks. */
export const TIMEX_PATTERN =
  /^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?$|^\d{3}X$|^(?:\d{4}|XXXX)-(?:H[12]|Q[1-4]|SP|SU|FA|WI|W(?:0[1-9]|[1-4]\d|5[0-3]))$/;

export const SlugSchema = z
  .string()
  .check(z.regex(SLUG_PATTERN, 'must be lower-case words joined by "-"'));
export const IsoDaySchema = z.string().check(z.regex(ISO_DAY_PATTERN, 'must be YYYY-MM-DD'));

export const SpanSchema = z.object({
  paragraphId: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
});

export const ParagraphSchema = z.object({
  id: z.string().check(z.regex(/^p\d+$/, 'must be p<number>')),
  /** `heading` marks a short sub-heading inside the body; it is still article text. */
  kind: z.enum(['text', 'heading']),
  text: z.string().check(z.minLength(1)),
});

export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'other']);

export const EntitySchema = z.object({
  id: SlugSchema,
  name: z.string().check(z.minLength(1)),
  type: EntityTypeSchema,
  /** Every other surface form seen in the article (surname, acronym, possessive, title + name). */
  aliases: z.array(z.string().check(z.minLength(1))),
  /** Higher is more central to the article; the reader lists main actors first. */
  salience: z.number().check(z.minimum(0)),
  mentions: z.array(SpanSchema),
});

export const QuoteSchema = z.extend(SpanSchema, {
  id: z.string().check(z.regex(/^q\d+$/, 'must be q<number>')),
  /** The quoted words without the outer quotation marks; parts over several paragraphs joined by a space. */
  text: z.string().check(z.minLength(1)),
  speakerId: z.nullable(SlugSchema),
  /** The speech verb phrase as written ("said", "recalled telling him", "added"), if any. */
  cue: z.nullable(z.string()),
  /** How the speaker was found, so the reader can say why. */
  attribution: z.enum(['name', 'pronoun', 'description', 'continuation', 'none']),
  /** Later parts of a quote that runs over several paragraphs. */
  continuations: z.array(SpanSchema),
  /** Entities mentioned inside the quoted words. */
  mentionIds: z.array(SlugSchema),
});

export const DateMentionSchema = z.extend(SpanSchema, {
  id: z.string().check(z.regex(/^d\d+$/, 'must be d<number>')),
  text: z.string().check(z.minLength(1)),
  value: z
    .string()
    .check(z.regex(TIMEX_PATTERN, 'must be a TIMEX3 value such as 2025-05-02 or XXXX-05')),
  /** The sentence that carries the date, so the timeline can say what happened. */
  sentence: SpanSchema,
  /** Entities mentioned in that sentence, for the lens. */
  entityIds: z.array(SlugSchema),
});

export const ImageSchema = z.object({
  caption: z.nullable(z.string()),
  /** Who made the picture ("EneasMx", "Kim Lee/AP"). */
  credit: z.nullable(z.string()),
  licence: z.nullable(z.string()),
  /** Where it was obtained, when the page says ("Wikimedia Commons"). */
  via: z.nullable(z.string()),
});

export const SourceSchema = z.object({
  name: z.nullable(z.string()),
  section: z.nullable(z.string()),
});

const ArticleObjectSchema = z.object({
  schemaVersion: z.literal(1),
  slug: SlugSchema,
  sourceFile: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  source: SourceSchema,
  byline: z.nullable(z.string()),
  publishedAt: z.nullable(IsoDaySchema),
  /** What relative dates were resolved against: the date line, else --reference-date, else null. */
  anchorDate: z.nullable(IsoDaySchema),
  image: z.nullable(ImageSchema),
  paragraphs: z.array(ParagraphSchema).check(z.minLength(1)),
  removed: z.array(z.string()),
  wordCount: z.int().check(z.nonnegative()),
  readingMinutes: z.int().check(z.positive()),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  dates: z.array(DateMentionSchema),
});

type Span = z.infer<typeof SpanSchema>;

/** Every span must point inside an existing paragraph; ids must be unique. */
export const ArticleSchema = ArticleObjectSchema.check(
  z.superRefine((article, ctx) => {
    const lengths = new Map(article.paragraphs.map((p) => [p.id, p.text.length]));
    const checkSpan = (span: Span, path: (string | number)[]) => {
      const length = lengths.get(span.paragraphId);
      if (length === undefined) {
        ctx.addIssue({ code: 'custom', path, message: `unknown paragraph "${span.paragraphId}"` });
      } else if (span.start >= span.end || span.end > length) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `span ${span.start}-${span.end} is outside paragraph "${span.paragraphId}" (length ${length})`,
        });
      }
    };
    const checkUnique = (ids: string[], path: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id))
          ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${id}"` });
        seen.add(id);
      });
    };
    checkUnique(
      article.paragraphs.map((p) => p.id),
      'paragraphs',
    );
    checkUnique(
      article.entities.map((e) => e.id),
      'entities',
    );
    checkUnique(
      article.quotes.map((q) => q.id),
      'quotes',
    );
    checkUnique(
      article.dates.map((d) => d.id),
      'dates',
    );
    const entityIds = new Set(article.entities.map((e) => e.id));
    article.entities.forEach((e, i) =>
      e.mentions.forEach((m, j) => checkSpan(m, ['entities', i, 'mentions', j])),
    );
    article.quotes.forEach((q, i) => {
      checkSpan(q, ['quotes', i]);
      q.continuations.forEach((c, j) => checkSpan(c, ['quotes', i, 'continuations', j]));
      if (q.speakerId !== null && !entityIds.has(q.speakerId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['quotes', i, 'speakerId'],
          message: `unknown entity "${q.speakerId}"`,
        });
      }
    });
    article.dates.forEach((d, i) => {
      checkSpan(d, ['dates', i]);
      checkSpan(d.sentence, ['dates', i, 'sentence']);
    });
  }),
);

export type Article = z.infer<typeof ArticleSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type TextSpan = Span;
export type ArticleImage = z.infer<typeof ImageSchema>;
