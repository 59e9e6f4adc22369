import * as z from 'zod/mini';
import { describeSchemaError } from '../../../shared/describe-schema-error.ts';
import { BookmarkSchema, type Bookmark } from '../../storage/store-schema.ts';

/** The exported file: self-describing, so an import can tell it from any other JSON. */
const BookmarkFileSchema = z.object({
  format: z.literal('lede-bookmarks'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  bookmarks: z.array(BookmarkSchema),
});

export function bookmarkFileName(now = new Date()): string {
  return `lede-bookmarks-${now.toISOString().slice(0, 10)}.json`;
}

export function writeBookmarkFile(bookmarks: Bookmark[], now = new Date()): string {
  const file = { format: 'lede-bookmarks', version: 1, exportedAt: now.toISOString(), bookmarks };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * All or nothing: a file with one bad entry is refused whole, saying which entry and why,
 * so that what an import did is never a surprise.
 */
export function readBookmarkFile(
  text: string,
): { ok: true; bookmarks: Bookmark[] } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'it is not valid JSON' };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== 'lede-bookmarks')
    return {
      ok: false,
      error: 'it is not a Lede bookmarks file (it has no "format": "lede-bookmarks")',
    };
  const parsed = BookmarkFileSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, error: `it is not valid: ${describeSchemaError(parsed.error)}` };
  return { ok: true, bookmarks: parsed.data.bookmarks };
}
