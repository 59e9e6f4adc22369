import type { ArticleImage } from '../../shared/article-schema.ts';

/**
 * Image captions with their credits, in the common shapes:
 *   "Protesters in Lima. Photograph: Ana Ruiz/Reuters"
 *   "Caption text. Source: EneasMx, CC BY 4.0, via Wikimedia Commons"
 *   "Caption text (Photo by Luis Mendes/Reuters)"
 *   "Image source, Getty Images" / "Image caption, Caption text" (two lines)
 */
const MARKER =
  /(?:^|[.!?”"’)]\s+|\s[-–—|]\s|^)(?:(?:image source|image credit)\s*[:,]|(?:photo credit|picture credit|source|photo|photograph|photos|image|picture|credit|illustration|graphic)\s*:)\s*(.+)$/i;
const PAREN =
  /\s*\((?:(?:photo|image|picture|photograph)(?:\s+by|\s*:|\s+credit\s*:?)\s*([^)]+)|(\p{Lu}[\p{L}.]*\s+photo\s*\/\s*[^)]+))\)\s*\.?$/iu;
const BBC_CAPTION = /^image caption\s*[,:]\s*(.+)$/i;
const LICENCE =
  /^(?:cc[ -]?(?:by|0)(?:[ -][a-z]{2}(?:[ -][a-z]{2})?)?(?:[ -]?\d\.\d)?(?:[ -][a-z]+)?|cc0|public domain|gfdl.*|all rights reserved)$/i;

export type CaptionParts = ArticleImage;

export function parseCaption(text: string): CaptionParts | null {
  if (text.split(/\s+/).length > 80) return null;
  const bbc = BBC_CAPTION.exec(text);
  if (bbc) return { caption: bbc[1]!.trim(), credit: null, licence: null, via: null };
  const paren = PAREN.exec(text);
  if (paren)
    return {
      caption: tidyCaption(text.slice(0, paren.index)),
      ...splitCredit(paren[1] ?? paren[2]!),
    };
  const marker = MARKER.exec(text);
  if (!marker) return null;
  const markerStart = text.indexOf(marker[0]) + (/^[.!?”"’)]/.test(marker[0]) ? 1 : 0);
  const caption = tidyCaption(text.slice(0, markerStart));
  const credit = splitCredit(marker[1]!);
  // "Source: the ministry said…" inside prose is not a credit: credits are short.
  if (credit.credit !== null && credit.credit.split(/\s+/).length > 10) return null;
  return { caption, ...credit };
}

function tidyCaption(text: string): string | null {
  // Keep the caption's own full stop; drop only the separators that led to the credit.
  const caption = text
    .trim()
    .replace(/[\s,;:–—|-]+$/, '')
    .trim();
  return caption.length > 0 ? caption : null;
}

function splitCredit(text: string): Omit<CaptionParts, 'caption'> {
  const parts = text
    .trim()
    .replace(/\.$/, '')
    .split(/\s*,\s*/)
    .filter(Boolean);
  let licence: string | null = null;
  let via: string | null = null;
  const credit: string[] = [];
  for (const part of parts) {
    const viaMatch = /^via\s+(.+)$/i.exec(part);
    if (viaMatch) via = viaMatch[1]!;
    else if (LICENCE.test(part)) licence = part;
    else credit.push(part);
  }
  return { credit: credit.length > 0 ? credit.join(', ') : null, licence, via };
}
