import type { ArticleImage } from '../../shared/article-schema.ts';
import type { Unit } from '../01-clean.ts';
import { endsLikeSentence, wordsOf } from '../text-features.ts';
import { findBodyRange } from './find-body-range.ts';
import { readMetadata } from './read-metadata.ts';

// Evidence about the lines above and around the body: figures (caption and credit lines),
// bylines and date lines, and where a sentence-shaped headline ends the header.
/** The two lines give different parts of one figure: no part is given twice. */
export function complements(figure: ArticleImage, next: ArticleImage): boolean {
  return (['caption', 'credit', 'licence', 'via'] as const).every(
    (key) => figure[key] === null || next[key] === null,
  );
}

/** "Image source, Getty Images" then "Image caption, …": two lines, one figure. */
export function mergeCaption(current: ArticleImage | null, next: ArticleImage): ArticleImage {
  if (!current) return next;
  return {
    caption: current.caption ?? next.caption,
    credit: current.credit ?? next.credit,
    licence: current.licence ?? next.licence,
    via: current.via ?? next.via,
  };
}

/**
 * The body's range, except that a sentence-shaped headline ("An algorithm watched newborns.
 * Deaths fell by a fifth.") directly above the byline or date line is header, not body: when the
 * first prose units are followed within a few lines by such metadata, the body starts after it.
 * Lines are counted among the open ones: a sponsor line between a newsletter's tagline and the
 * headline does not push the byline out of reach.
 */
/**
 * How many open lines after a prose-shaped tagline may hold the byline or date line: a blog's
 * tagline, search box, kicker and headline come before "Posted by …".
 */
const HEADER_REACH = 5;

export function headlineAwareRange(
  units: Unit[],
  open: boolean[],
  captions: Map<number, ArticleImage>,
) {
  const candidate = (i: number) => open[i]! && !captions.has(i);
  const range = findBodyRange(units, candidate);
  if (!range) return null;
  let seen = 0;
  for (let m = range.first + 1; m <= range.last && seen < HEADER_REACH; m++) {
    if (!open[m]) continue;
    seen++;
    if (!isMetadata(units[m]!)) continue;
    const before = units.slice(range.first, m).filter((_, k) => open[range.first + k]);
    if (before.every((u) => wordsOf(u.text).length <= 35)) {
      // A byline over a date line: the body starts after the whole block, even when the date
      // line ends in a full stop ("… at 9:42 a.m.") and so looks like a sentence.
      const end = lastOfMetadataBlock(units, open, m);
      const after = findBodyRange(units, (i) => i > end && candidate(i));
      if (after) return after;
    }
  }
  return range;
}

/** The last of the metadata lines that follow `m` one open line after another. */
function lastOfMetadataBlock(units: Unit[], open: boolean[], m: number): number {
  let end = m;
  for (let i = m + 1; i < units.length; i++) {
    if (!open[i]) continue;
    if (!isMetadata(units[i]!)) break;
    end = i;
  }
  return end;
}

/**
 * "Pickets outside the station." then "Photo: Ben Carrow (CC BY 2.0)": a credit line with no
 * caption of its own belongs to the sentence-shaped line right above it, which is the caption.
 */
export function mergeCaptionLines(
  units: Unit[],
  open: boolean[],
  captions: Map<number, ArticleImage>,
  /** Credit lines whose caption was already found (see labelledCreditCaption). */
  paired: ReadonlySet<number> = new Set(),
): void {
  for (const [i, credit] of [...captions]) {
    const above = units[i - 1];
    if (
      credit.caption !== null ||
      credit.credit === null ||
      !above ||
      !open[i - 1] ||
      captions.has(i - 1) ||
      paired.has(i)
    )
      continue;
    const words = wordsOf(above.text).length;
    if (words < 3 || words > 40 || !endsLikeSentence(above.text) || isMetadata(above)) continue;
    captions.set(i - 1, { caption: above.text, credit: null, licence: null, via: null });
  }
}

export function previousOpen(open: boolean[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (open[i]) return i;
  return -1;
}

export function nextOpen(open: boolean[], index: number): number {
  for (let i = index + 1; i < open.length; i++) if (open[i]) return i;
  return -1;
}

export function isMetadata(unit: Unit): boolean {
  const meta = readMetadata(unit.text, true);
  return meta.byline !== null || meta.date !== null;
}
