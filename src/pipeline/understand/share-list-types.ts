import type { Cluster, Observed } from './cluster-types.ts';

/** "between Haarlem and Leiden": a name with no evidence of its own takes its list partner's type. */
export function shareListTypes(observed: Observed[], clusterOf: (Cluster | null)[]) {
  const bare = (c: Cluster): boolean =>
    c.type === 'other' && Object.values(c.votes).every((v) => v === 0);
  observed.forEach((o, i) => {
    if (o.coordinatedWith === null) return;
    const a = clusterOf[i];
    const b = clusterOf[o.coordinatedWith];
    if (!a || !b || a === b) return;
    if (bare(a) && !bare(b) && b.type !== 'other') a.type = b.type;
    else if (bare(b) && !bare(a) && a.type !== 'other') b.type = a.type;
  });
}
