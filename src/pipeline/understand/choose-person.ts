import { genderOf, type Cluster, type Observed } from './cluster-types.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { FEMALE_TITLES, MALE_TITLES } from './titles.ts';

/**
 * Shared surname: the title's gender, then the pronoun that follows; then the one the text has
 * already been calling by the short form (news style names a relative in full and keeps the bare
 * surname for the story's main figure); then the one the text has not kept apart by naming the
 * other in full again; then the most recent.
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
  const unmarked = notKeptApart(pool, o.chunk);
  if (unmarked) return unmarked;
  let best: Cluster | null = null;
  let bestSeen = -2;
  for (const c of pool) {
    const seen = lastSeen.get(c) ?? -1;
    if (seen > bestSeen) [best, bestSeen] = [c, seen];
    else if (seen === bestSeen) best = null;
  }
  return best;
}

const isBefore = (a: NameChunk, b: NameChunk) =>
  a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start);

/**
 * "Ray Delgado … Lucia Delgado, no relation, … “…,” Lucia Delgado said. … Delgado said": a person
 * named in full again after every namesake was introduced is being kept apart from the bare
 * surname, which then means the one candidate the text has not done that for. Null unless exactly
 * one candidate is left.
 */
function notKeptApart(pool: Cluster[], at: NameChunk): Cluster | null {
  if (pool.length < 2) return null;
  const firsts = pool.map((c) => c.full.find((f) => isBefore(f, at)) ?? null);
  if (firsts.some((f) => f === null)) return null;
  const left = pool.filter((c, i) => {
    const others = firsts.filter((_, j) => j !== i) as NameChunk[];
    const keptApart = c.full.some(
      (f) => isBefore(f, at) && f !== firsts[i] && others.every((g) => isBefore(g, f)),
    );
    return !keptApart;
  });
  return left.length === 1 ? left[0]! : null;
}
