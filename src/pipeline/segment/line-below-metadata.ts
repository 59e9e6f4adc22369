import type { TitleCandidate } from './pick-title.ts';

/**
 * The first candidate under the header's first metadata line, when only metadata and furniture
 * stand between them: on a page dated above its headline, that is where the headline is.
 */
export function lineBelowMetadata(
  candidates: TitleCandidate[],
  open: boolean[],
  headMetadata: boolean[],
  firstMetadata: number,
): TitleCandidate | null {
  let j = firstMetadata + 1;
  while (j < headMetadata.length && (!open[j] || headMetadata[j])) j++;
  return candidates.find((c) => c.index === j) ?? null;
}
