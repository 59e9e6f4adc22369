import type { Unit } from '../01-clean.ts';
import { wordsOf } from '../text-features.ts';
import { previousOpen } from './header-lines.ts';
import { readMetadata } from './read-metadata.ts';

/**
 * The header line the headline sits right above: the first byline or date line, except when that
 * first line is only a date and a later header line signs the story under a headline-shaped line
 * ("ACME WEEKLY | Issue 88 | 05.06.2023 / … / 1. PORTS / Headline / Ana Ruiz | Editor"): a
 * newsletter dates its issue above the contents, the story's headline stands over its byline.
 */
export function headlineAnchor(
  units: Unit[],
  open: boolean[],
  headMetadata: boolean[],
  isCandidate: (i: number) => boolean,
): number {
  const first = headMetadata.indexOf(true);
  if (first < 0 || readMetadata(units[first]!.text, true).byline !== null) return first;
  for (let i = first + 1; i < headMetadata.length; i++) {
    if (!headMetadata[i] || readMetadata(units[i]!.text, true).byline === null) continue;
    const above = previousOpen(open, i);
    if (above > first && isCandidate(above) && wordsOf(units[above]!.text).length >= 3) return i;
  }
  return first;
}
