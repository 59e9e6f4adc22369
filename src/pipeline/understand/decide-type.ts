import type { EntityType } from '../../shared/article-schema.ts';
import { canonicalName, contentWords, type Cluster } from './cluster-types.ts';
import { isOrgHead } from './org-heads.ts';
import { isAcronym } from './name-key.ts';
import type { Votes } from './type-evidence.ts';

/**
 * A cluster's type: a gazetteer place is a place; otherwise the summed evidence of its mentions,
 * with two priors (a full name shaped like a person's leans person, an acronym leans organisation).
 * With no evidence at all, a name shaped like a person's is a person, anything else `other`.
 */
export function decideType(c: Cluster): EntityType {
  if (c.place) return 'place';
  const v = { ...c.votes };
  // People are not named with an article: "The Orchard Keepers", "the Basin Reserve".
  const personShaped =
    looksLikePersonName(canonicalName(c)) && !c.full.every((ch) => ch.definite === true);
  if (c.full.length > 0 && personShaped) v.person += 1;
  // An acronym that is not a gazetteer place is an organisation unless the text says otherwise.
  if (isAcronym(canonicalName(c))) v.organization += 1.5;
  const order: EntityType[] = ['organization', 'place', 'person', 'other'];
  let best: EntityType | null = null;
  for (const t of order) if (v[t] > 0 && (best === null || v[t] > v[best])) best = t;
  if (best) return best;
  const name = canonicalName(c);
  if (isAcronym(name)) return 'organization';
  return personShaped ? 'person' : 'other';
}

/**
 * Two to four capitalised words (particles allowed) with no organisation cue: a person by default.
 * People's names have no connectors: "Environment and Climate Change Canada" is not one.
 */
function looksLikePersonName(name: string): boolean {
  const words = contentWords(name);
  return (
    words.length >= 2 &&
    !/\s(?:and|&|of|for|on)\s/i.test(name) &&
    words.length <= 4 &&
    !words.some((w) => isOrgHead(w) || /\d/.test(w)) &&
    !isAcronym(words[0]!)
  );
}

/** The type a chunk's own evidence points to, when it points anywhere clearly. */
export function leaning(v: Votes): EntityType | null {
  let best: EntityType | null = null;
  for (const t of Object.keys(v) as EntityType[])
    if (v[t] >= 1 && (best === null || v[t] > v[best])) best = t;
  return best;
}
