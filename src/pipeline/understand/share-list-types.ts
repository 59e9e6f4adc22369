import { canonicalName, type Cluster, type Observed } from './cluster-types.ts';
import { isAcronym } from './name-key.ts';

/**
 * "between Haarlem and Leiden", "rivals such as DFDS and Samskip": a name with no evidence of its
 * own (typed by decideType's defaults only) takes its list partner's type.
 */
export function shareListTypes(observed: Observed[], clusterOf: (Cluster | null)[]) {
  // Once per cluster: a list of thousands of one name's mentions must not read it each time.
  const seen = new Map<Cluster, boolean>();
  const bare = (c: Cluster): boolean => {
    let b = seen.get(c);
    if (b === undefined)
      seen.set(
        c,
        (b =
          !c.place && !isAcronym(canonicalName(c)) && Object.values(c.votes).every((v) => v === 0)),
      );
    return b;
  };
  observed.forEach((o, i) => {
    if (o.coordinatedWith === null) return;
    const a = clusterOf[i];
    const b = clusterOf[o.coordinatedWith];
    if (!a || !b || a === b) return;
    if (bare(a) && !bare(b) && b.type !== 'other') a.type = b.type;
    else if (bare(b) && !bare(a) && a.type !== 'other') b.type = a.type;
  });
}
