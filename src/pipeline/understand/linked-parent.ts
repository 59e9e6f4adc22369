import type { Cluster, Observed } from './cluster-types.ts';
import { acronymKey } from './name-key.ts';
import type { ShortFormIndex } from './short-form-index.ts';

/** The name a short form abbreviates, unless that is a person or a place it cannot be the initials of. */
export function linkedParent(
  o: Observed,
  clusterOf: (Cluster | null)[],
  index: ShortFormIndex,
): Cluster | null {
  const linked = o.linkedTo === null ? null : clusterOf[o.linkedTo];
  if (!linked || linked.type === 'person') return null;
  if (linked.type !== 'place') return linked;
  const matches =
    index.byInitials.get(acronymKey(o.chunk.name)) === linked ||
    initialsMatch(o.chunk.name, linked);
  return matches ? linked : null;
}

function initialsMatch(acronym: string, c: Cluster): boolean {
  const letters = c.chunks[0]?.name.replace(/[^\p{Lu}]/gu, '') ?? '';
  return letters === acronymKey(acronym);
}
