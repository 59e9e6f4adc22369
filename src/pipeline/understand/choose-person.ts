import { genderOf, type Cluster, type Observed } from './cluster-types.ts';
import { FEMALE_TITLES, MALE_TITLES } from './titles.ts';

/**
 * Shared surname: the title's gender, then the pronoun that follows; then the one the text has
 * already been calling by the short form (news style names a relative in full and keeps the bare
 * surname for the story's main figure); then the most recent.
 */
export function choosePerson(
  candidates: Cluster[],
  o: Observed,
  lastSeen: Map<Cluster, number>,
): Cluster | null {
  const titleGender = o.chunk.titles.some((t) => FEMALE_TITLES.has(t))
    ? 'f'
    : o.chunk.titles.some((t) => MALE_TITLES.has(t))
      ? 'm'
      : null;
  const gender = titleGender ?? o.pronounGender;
  // "Kjær said he …" beside the firm "Kjær Logistik": a gendered form names a person.
  const people = candidates.filter((c) => c.type === 'person');
  let pool = gender && people.length > 0 ? people : candidates;
  if (gender) {
    // Same gender first, then unknown gender; a known mismatch never.
    const same = pool.filter((c) => genderOf(c) === gender);
    const open = pool.filter((c) => genderOf(c) === null);
    if (same.length > 0) pool = same;
    else if (open.length > 0) pool = open;
  }
  const mostShort = Math.max(...pool.map((c) => c.shortForms));
  if (mostShort > 0 && pool.filter((c) => c.shortForms === mostShort).length === 1)
    return pool.find((c) => c.shortForms === mostShort)!;
  let best: Cluster | null = null;
  let bestSeen = -2;
  for (const c of pool) {
    const seen = lastSeen.get(c) ?? -1;
    if (seen > bestSeen) [best, bestSeen] = [c, seen];
    else if (seen === bestSeen) best = null;
  }
  return best;
}
