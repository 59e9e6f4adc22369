import type { ArticleImage } from '../../shared/article-schema.ts';
import type { Unit } from '../01-clean.ts';
import { wordsOf } from '../text-features.ts';
import { isMetadata } from './header-lines.ts';

/**
 * A credit line that starts with its label: "Picture: Ana Ruiz", "Photograph: Ben Carrow", the
 * tabloids' "Pic: Ana Ruiz", and a handout's "Supplied / Fire Service".
 */
const LABEL_FIRST =
  /^(?:(?:photo|photograph|photos|picture|pic|image|credit|illustration)\s*:|supplied\b)/i;
const MIN_CAPTION_WORDS = 3;
const MAX_CAPTION_WORDS = 40;

/**
 * Figures printed as a labelled credit line and a caption line with no blank line between them,
 * the pair standing apart from the lines around it: "Picture: Ana Ruiz" over "The old mill at
 * dawn" (credit first), or "The old mill at dawn" over "Image: Ana Ruiz" (caption first). Such
 * captions often are a phrase with no full stop, so the sentence test of mergeCaptionLines
 * misses them; the printed block is the evidence instead. Returns the caption line's index, or -1.
 */
export function labelledCreditCaption(
  units: Unit[],
  open: boolean[],
  captions: Map<number, ArticleImage>,
  i: number,
): number {
  const credit = captions.get(i);
  if (!credit || credit.caption !== null || credit.credit === null) return -1;
  if (!LABEL_FIRST.test(units[i]!.text.trim())) return -1;
  const adjacent = (a: number, b: number) =>
    units[a] !== undefined && units[b] !== undefined && units[b]!.line === units[a]!.line + 1;
  const fits = (k: number) =>
    open[k] === true &&
    !captions.has(k) &&
    wordsOf(units[k]!.text).length >= MIN_CAPTION_WORDS &&
    wordsOf(units[k]!.text).length <= MAX_CAPTION_WORDS &&
    !isMetadata(units[k]!);
  // Credit first: the caption under it ends the block.
  if (adjacent(i, i + 1) && !adjacent(i + 1, i + 2) && fits(i + 1)) return i + 1;
  // Caption first: the credit under it ends the block.
  if (adjacent(i - 1, i) && !adjacent(i, i + 1) && fits(i - 1)) return i - 1;
  return -1;
}
