import type { ArticleImage } from '../../shared/article-schema.ts';
import type { Unit } from '../01-clean.ts';
import { endsLikeSentence, isProse, wordsOf } from '../text-features.ts';
import { isMetadata, nextOpen, previousOpen } from './header-lines.ts';

/** A caption is one short sentence; a lede that short is rare, and a lede runs on below it. */
const MAX_CAPTION_WORDS = 20;
const MIN_LEDE_WORDS = 25;

/**
 * A photo caption printed without a credit, between the header and the lede: "Ana Ruiz and Tom
 * Hale at the opening of their bakery in 2019." right under the byline and date line (and their
 * buttons), over a long first paragraph. Only on a page with no credited caption: that one is the
 * figure. Returns whether the unit at `first` is such a caption.
 */
export function isCreditlessCaption(
  units: Unit[],
  open: boolean[],
  captions: Map<number, ArticleImage>,
  first: number,
): boolean {
  if (captions.size > 0) return false;
  const text = units[first]!.text;
  const words = wordsOf(text).length;
  if (words > MAX_CAPTION_WORDS || !endsLikeSentence(text) || /["“”]/.test(text)) return false;
  // One sentence: no full stop followed by a capital inside it.
  if (/[.!?]\s+\p{Lu}/u.test(text)) return false;
  const header = previousOpen(open, first);
  if (header < 0 || !isMetadata(units[header]!)) return false;
  const lede = units[nextOpen(open, first)]?.text ?? '';
  return isProse(lede) && wordsOf(lede).length >= MIN_LEDE_WORDS;
}
