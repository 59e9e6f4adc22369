import type { EntityType } from '../../shared/article-schema.ts';
import { contentWords, emptyCluster, type Cluster, type Observed } from './cluster-types.ts';
import { decideType } from './decide-type.ts';
import { PARTICLES } from './lexicon.ts';
import { linkedParent } from './linked-parent.ts';
import { FEMALE_ROLES, MALE_ROLES } from './person-roles.ts';
import { FEMALE_TITLES, MALE_TITLES } from './titles.ts';
import { mergeAliasLinks, mergeLegalForms, mergeSuffixes } from './merge-clusters.ts';
import { acronymKey, isAcronym, nameKey, nameWords } from './name-key.ts';
import { lookupPlace } from './place-gazetteer.ts';
import { shareListTypes } from './share-list-types.ts';
import { buildShortFormIndex } from './short-form-index.ts';
import { shortFormTarget } from './short-form-target.ts';

export type { Cluster, Observed } from './cluster-types.ts';
export { canonicalName, contentWords, genderOf } from './cluster-types.ts';

/** Capitalised words that identify: "de Groot" has one, "Hendrik de Groot" two. */
const namingWords = (name: string) =>
  contentWords(name).filter(
    (w, i, all) =>
      !PARTICLES.has(w.toLowerCase()) ||
      // A capitalised particle names only where no particle follows: "De Groot" is two words,
      // "De la Peña" (a sentence-initial "de la Peña") one.
      (/^\p{Lu}/u.test(w) && !(i === 0 && PARTICLES.has(all[1]?.toLowerCase() ?? ''))),
  );

/**
 * Two passes, as the literature advises: full names first (two or more words, or a gazetteer
 * place), then short forms in reading order: a surname, first name, acronym or first word of an
 * organisation joins the one full name it can belong to; when two people share a surname, the
 * form's own title ("Ms"), the pronoun that follows it and the story's usage choose (see
 * choosePerson). Everything is keyed by surface form, so the work is linear in the number of names.
 */
export function clusterNames(observed: Observed[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const clusterOf = new Array<Cluster | null>(observed.length).fill(null);
  const nonInitial = new Set<string>();
  // A sentence-initial word is a name if the text also uses it alone mid-sentence.
  for (const o of observed)
    if (!o.chunk.uncertain && !/\s/.test(o.chunk.name)) nonInitial.add(nameKey(o.chunk.name));
  // "Directorate-General for Mobility and Transport (DG MOVE)": a code of several capitalised
  // words glossed in brackets is a short form like an acronym, wherever the text uses it.
  const codes = new Set(
    observed
      .filter(
        (o) =>
          o.linkedTo !== null &&
          /\s/.test(o.chunk.name) &&
          (isCode(o.chunk.name) || isMixedCode(o.chunk.name)),
      )
      .map((o) => acronymKey(o.chunk.name)),
  );
  // "LYONS, Colo. —" and later "west of Lyons": a word the text also writes in lower case is
  // shouted, not an acronym.
  const written = new Set(
    observed.filter((o) => /\p{Ll}/u.test(o.chunk.name)).map((o) => nameKey(o.chunk.name)),
  );
  const isShort = (name: string) =>
    (isAcronym(name) && !written.has(nameKey(name))) || codes.has(acronymKey(name));
  // "his third Test", "the final Test": a capitalised word after an ordinal is a common noun
  // (a cricket Test, a bill's second Reading); its other bare uses are too.
  const commonNouns = new Set(
    observed.filter((o) => o.chunk.afterOrdinal).map((o) => nameKey(o.chunk.name)),
  );

  const newCluster = (place: string | null): Cluster => {
    const c = emptyCluster(place);
    clusters.push(c);
    return c;
  };
  const add = (c: Cluster, o: Observed, full: boolean, weight: number, index: number) => {
    c.chunks.push(o.chunk);
    if (full) c.full.push(o.chunk);
    else c.shortForms++;
    for (const k of Object.keys(c.votes) as EntityType[]) c.votes[k] += o.votes[k] * weight;
    if (o.chunk.titles.some((t) => FEMALE_TITLES.has(t))) c.female += 2;
    if (o.chunk.titles.some((t) => MALE_TITLES.has(t))) c.male += 2;
    if (o.chunk.roles?.some((r) => FEMALE_ROLES.has(r))) c.female += 2;
    if (o.chunk.roles?.some((r) => MALE_ROLES.has(r))) c.male += 2;
    if (o.pronounGender === 'f') c.female += full ? 1 : 0.5;
    if (o.pronounGender === 'm') c.male += full ? 1 : 0.5;
    clusterOf[index] = c;
  };

  // Pass 1: full names.
  observed.forEach((o, index) => {
    const place = lookupPlace(o.chunk.name);
    if (!place && (namingWords(o.chunk.name).length < 2 || isShort(o.chunk.name))) return;
    const key = place ? `place:${nameKey(place)}` : nameKey(o.chunk.name);
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = newCluster(place)));
    add(c, o, true, 1, index);
  });
  mergeSuffixes(clusters, byKey, clusterOf);
  mergeLegalForms(clusters, byKey, clusterOf);
  for (const c of clusters) c.type = decideType(c);
  const index = buildShortFormIndex(clusters);

  // An acronym defined anywhere ("… Workers (RMT)") also covers its uses before the definition.
  observed.forEach((o) => {
    const parent = linkedParent(o, clusterOf, index);
    if (parent && isShort(o.chunk.name) && !byKey.has(`acr:${acronymKey(o.chunk.name)}`))
      byKey.set(`acr:${acronymKey(o.chunk.name)}`, parent);
  });

  // Pass 2: short forms in reading order.
  const lastSeen = new Map<Cluster, number>();
  observed.forEach((o, i) => {
    const done = clusterOf[i];
    if (done) return void lastSeen.set(done, i);
    const target = shortFormTarget(o, {
      clusterOf,
      index,
      byKey,
      lastSeen,
      nonInitial,
      commonNouns,
      newCluster,
      isShort,
    });
    if (!target) return;
    add(target, o, false, 0.6, i);
    lastSeen.set(target, i);
  });

  mergeAliasLinks(observed, clusters, byKey, clusterOf);
  const result = clusters.filter((c) => c.chunks.length > 0);
  for (const c of result) c.type = decideType(c);
  shareListTypes(observed, clusterOf);
  return result;
}

/** "TU Delft", "LSE Cities": a bracketed short form of two or three words, one an acronym. */
function isMixedCode(name: string): boolean {
  const words = nameWords(name);
  return words.length <= 3 && words.some((w) => isAcronym(w));
}

/** Every word in capitals, at least one of them short: "DG MOVE", not a shouted "MARTA ORLOV". */
function isCode(name: string): boolean {
  const words = nameWords(name);
  return words.length <= 3 && words.every((w) => isAcronym(w)) && words.some((w) => w.length <= 3);
}
