import { clean } from '../../src/pipeline/01-clean.ts';
import { normaliseText } from '../../src/pipeline/clean/normalise-text.ts';
import type { Article } from '../../src/shared/article-schema.ts';

/** White space runs folded to one space, ends trimmed: how lines and fields are compared. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The page's non-empty lines as the pipeline reads them: split at the same line ends (CR, LF,
 * CRLF, U+2028, U+2029), with the same invisible and control characters removed. `line` is
 * 1-based, as in the clean stage's units.
 */
export function numberedLines(source: string): { text: string; line: number }[] {
  return source
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((raw, i) => ({ text: squash(normaliseText(raw)), line: i + 1 }))
    .filter(({ text }) => text !== '');
}

/**
 * For each line, the text of the unit the clean stage made of it (a line, or wrapped lines
 * joined): bylines, date lines and captions are read a unit at a time, so a line joined onto a
 * byline line ("By Ana Ruiz, Political correspondent" / "in Lisbon") is consumed with it.
 */
export function unitTexts(source: string): Map<number, string> {
  const units = clean(source).units;
  const byLine = new Map<number, string>();
  let u = -1;
  for (const { line } of numberedLines(source)) {
    while (u + 1 < units.length && units[u + 1]!.line <= line) u++;
    if (u >= 0) byLine.set(line, squash(units[u]!.text));
  }
  return byLine;
}

const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Words a caption line may carry besides the caption and credit: the markers that label them. */
const CAPTION_MARKERS = new Set(
  (
    'image source credit caption photo photos photograph picture pic illustration graphic by via ' +
    'cc public domain'
  ).split(' '),
);

/** Lines that hold the article's text verbatim: a paragraph, a `removed` entry, the headline. */
export function verbatimHomes(article: Article): string[] {
  const { title, source } = article;
  return [
    ...article.paragraphs.map((p) => p.text),
    ...article.removed,
    title,
    // "Headline | The Daily Post": the suffix became the source name.
    ...(source.name ? [`${title} | ${source.name}`] : []),
  ].map(squash);
}

/** The line became the image's caption and credit: every word of it is in those fields. */
export function consumedAsCaption(line: string, article: Article): boolean {
  const { image } = article;
  if (!image) return false;
  const fields = wordSet([image.caption, image.credit, image.licence, image.via].join(' '));
  return [...wordSet(line)].every((w) => fields.has(w) || CAPTION_MARKERS.has(w));
}

/**
 * The line was the byline (every word of the byline's names is on it; roles and agencies are
 * dropped by design) or a date line (short, or short parts between bars, with a year; only one
 * date becomes `publishedAt`).
 */
export function consumedAsMetadata(line: string, article: Article): boolean {
  const { byline, publishedAt } = article;
  if (byline) {
    const names = [...wordSet(byline)].filter((w) => w !== 'and');
    const words = wordSet(line);
    if (names.length > 0 && names.every((w) => words.has(w))) return true;
  }
  // ("Updated: Jun. 5, 2025, 6:42 p.m. CT | Published: Jun. 5, 2025, …": two short stamps.)
  const short = line.split('|').every((part) => part.trim().split(' ').length <= 14);
  return publishedAt !== null && /\b\d{4}\b/.test(line) && short;
}

/**
 * Lines of the page that the article does not account for. Each must be inside one paragraph, one
 * `removed` entry or the headline line, or be part of a unit (see unitTexts) that was consumed as
 * caption, credit, byline or date line. The pipeline never splits a line between two units, so a
 * line is never spread over fields.
 */
export function lostLines(source: string, article: Article): string[] {
  const inHome = verbatimCheck(article);
  const units = unitTexts(source);
  return numberedLines(source)
    .filter(({ text, line }) => {
      const unit = units.get(line);
      if (inHome(text, unit, 'whole unit')) return false;
      // A line missing from its own unit was lost while the page was split into units.
      if (unit !== undefined && unit.includes(text)) {
        if (consumedAsCaption(unit, article) || consumedAsMetadata(unit, article)) return false;
      }
      return !inHome(text, unit, 'any part');
    })
    .map(({ text }) => text);
}

/**
 * Is a line verbatim in a paragraph, a `removed` entry or the headline line? Checking its whole
 * unit against a set first keeps pages of 200,000 lines linear; 'any part' also searches inside
 * every field (slow, for the few lines that are not a whole unit's text).
 */
export function verbatimCheck(
  article: Article,
): (text: string, unit: string | undefined, how: 'whole unit' | 'any part') => boolean {
  const homes = verbatimHomes(article);
  const exact = new Set(homes);
  return (text, unit, how) =>
    (unit !== undefined && unit.includes(text) && exact.has(unit)) ||
    (how === 'any part' && homes.some((home) => home.includes(text)));
}
