import type { EntityType } from '../../shared/article-schema.ts';
import { canonicalName, type Cluster, type Observed } from './cluster-types.ts';
import { isOrgHead, LEGAL_FORMS, opensOrgName } from './org-heads.ts';
import { isDemonym, lookupPlace } from './place-gazetteer.ts';
import { isAcronym, nameKey, nameWords } from './name-key.ts';
import { TITLE_PARAGRAPH } from './title-paragraph.ts';

/** Moves every chunk of `from` into `into` and repoints the indexes at it. */
function mergeInto(
  from: Cluster,
  into: Cluster,
  byKey: Map<string, Cluster>,
  clusterOf: (Cluster | null)[],
) {
  // The merged forms named the thing only in part: they do not compete for the canonical name.
  into.chunks.push(...from.chunks);
  for (const k of Object.keys(from.votes) as EntityType[]) into.votes[k] += from.votes[k] * 0.6;
  into.female += from.female;
  into.male += from.male;
  from.chunks = [];
  from.full = [];
  for (let i = 0; i < clusterOf.length; i++) if (clusterOf[i] === from) clusterOf[i] = into;
  for (const [k, v] of byKey) if (v === from) byKey.set(k, into);
}

/** "Ould Ahmed", "von Arnim", "National Security Council": a multi-word tail of one longer name. */
export function mergeSuffixes(
  clusters: Cluster[],
  byKey: Map<string, Cluster>,
  clusterOf: (Cluster | null)[],
) {
  const owners = new Map<string, Set<Cluster>>();
  for (const c of clusters) {
    // "Teenager De Smet stuns …": a headline's capitalised common noun runs into the name. A
    // name only the headline uses is dropped later, so it must not compete for the short form.
    if (c.chunks.every((ch) => ch.paragraph === TITLE_PARAGRAPH)) continue;
    const words = nameWords(canonicalName(c));
    // Tails of at most five words: longer ones are not short forms, and keying every tail of a
    // run of thousands of capitalised words would take quadratic time.
    for (let i = Math.max(1, words.length - 5); i < words.length - 1; i++) {
      const key = nameKey(words.slice(i).join(' '));
      const set = owners.get(key) ?? new Set();
      set.add(c);
      owners.set(key, set);
    }
  }
  for (const c of clusters) {
    if (c.place || c.chunks.length === 0) continue;
    const set = owners.get(nameKey(canonicalName(c)));
    if (set && set.size > 1 && sharedSurname(canonicalName(c), set)) {
      // "Hugo Navarro Gil" and "Mateo Navarro Gil": their shared surname alone names neither.
      // Its mentions stay placed (on an emptied cluster), so no later pass takes them up.
      c.chunks = [];
      c.full = [];
      continue;
    }
    if (!set || set.size !== 1) continue;
    const [owner] = [...set];
    if (!owner || owner === c || !sameThing(canonicalName(c), canonicalName(owner))) continue;
    mergeInto(c, owner, byKey, clusterOf);
  }
}

/** Every owner is the tail after one given name, and the tail names no organisation. */
function sharedSurname(tail: string, owners: Set<Cluster>): boolean {
  const n = nameWords(tail).length;
  return (
    !nameWords(tail).some((w) => isOrgHead(w) || /^(?:of|for|and|&)$/.test(w)) &&
    [...owners].every((o) => nameWords(canonicalName(o)).length === n + 1)
  );
}

/**
 * An organisation's name is the tail of a longer one only when what the longer adds is a place
 * or a parent's acronym ("U.S. National Security Council", "NIAID Division of …"): "Bank of
 * Canada" is not "Royal Bank of Canada".
 */
function sameThing(short: string, long: string): boolean {
  const words = nameWords(short);
  // "Colcha K" in "Comité de Aguas Colcha K": what an organisation is named after is another thing.
  const opener = nameWords(long)[0] ?? '';
  if (opensOrgName(opener) || (isOrgHead(opener) && nameWords(long).length > words.length + 1))
    return false;
  const organisation = words.some((w) => isOrgHead(w) || /^(?:of|for)$/.test(w));
  if (!organisation) return true;
  const prefix = nameWords(long).slice(0, -words.length).join(' ');
  return !!lookupPlace(prefix) || isDemonym(prefix) || isAcronym(prefix);
}

const GENERIC_TAIL = /^(?:University|College|Company|Corporation|Group)$/;

/**
 * "Pennine Rail Ltd" and later "Pennine Rail": a name that differs from another only by a legal
 * form at the end (Ltd, Inc., S.A., B.V., GmbH) is the same organisation, named in full with it.
 */
export function mergeLegalForms(
  clusters: Cluster[],
  byKey: Map<string, Cluster>,
  clusterOf: (Cluster | null)[],
) {
  for (const c of clusters) {
    if (c.place || c.chunks.length === 0) continue;
    const words = nameWords(canonicalName(c));
    let n = words.length;
    while (n > 1 && LEGAL_FORMS.has(words[n - 1]!.toLowerCase().replace(/[.,]/g, ''))) n--;
    // "Texas A&M" for "Texas A&M University": a name of two or more words less its generic head.
    if (n === words.length && n > 2 && GENERIC_TAIL.test(words[n - 1]!)) n--;
    if (n === words.length || n < 1) continue;
    const short = byKey.get(nameKey(words.slice(0, n).join(' ')));
    if (short && short !== c && !short.place && short.chunks.length > 0)
      mergeInto(short, c, byKey, clusterOf);
  }
}

/**
 * "The Tagus, known as the Tajo", "PÖFF, short for Pimedate Ööde Filmifestival", "locals call
 * the festival PÖFF": a renaming is an alias of the entity it renames. A name given to a
 * description ("the festival") joins the one named thing, not a person, with that head noun;
 * descriptions first, so "call the festival PÖFF, short for …" ends in the festival.
 */
export function mergeAliasLinks(
  observed: Observed[],
  clusters: Cluster[],
  byKey: Map<string, Cluster>,
  clusterOf: (Cluster | null)[],
) {
  const byHead = new Map<string, Cluster | null>();
  for (const c of clusters) {
    if (c.chunks.length === 0 || c.type === 'person') continue;
    // "National Union of Rail Workers" is a union: an "X of Y" name's head comes before "of".
    const words = nameWords(canonicalName(c));
    const of = words.findIndex((w, k) => k > 0 && /^(?:of|for)$/.test(w));
    for (const head of new Set([words.at(-1), of > 0 ? words[of - 1] : undefined]))
      if (head) {
        const key = head.toLowerCase();
        byHead.set(key, byHead.has(key) && byHead.get(key) !== c ? null : c);
      }
  }
  const merge = (from: Cluster | null | undefined, into: Cluster | null | undefined) => {
    if (from && into && from !== into && !from.place) mergeInto(from, into, byKey, clusterOf);
  };
  observed.forEach((o, i) => {
    if (o.describedAs) merge(clusterOf[i], byHead.get(o.describedAs));
  });
  observed.forEach((o, i) => {
    if (o.sameAs !== null && o.sameAs !== undefined) merge(clusterOf[i], clusterOf[o.sameAs]);
  });
}
