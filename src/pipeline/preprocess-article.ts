import type { Article } from '../shared/article-schema.ts';
import { clean } from './01-clean.ts';
import { segment } from './02-segment.ts';
import { assembleArticle } from './assemble-article.ts';
import { understandArticle } from './understand-article.ts';

export type PreprocessOptions = {
  sourceFile: string;
  /** What relative dates resolve against when the page states no date line (YYYY-MM-DD). */
  referenceDate: string | null;
};

/**
 * The whole pipeline for one page of text. Pure: no file system, no clock, no randomness, so the
 * same text gives the same article here, in tests and (later) in a browser worker.
 */
export function preprocessArticle(text: string, options: PreprocessOptions): Article {
  const segmented = segment(clean(text));
  const anchorDate = segmented.publishedAt ?? options.referenceDate;
  const understanding = understandArticle(segmented, { anchorDate });
  return assembleArticle(segmented, understanding, { sourceFile: options.sourceFile, anchorDate });
}
