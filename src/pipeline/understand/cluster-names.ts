import type { EntityType } from '../../shared/article-schema.ts';
import { choosePerson } from './choose-person.ts';
import { contentWords, emptyCluster, type Cluster, type Observed } from './cluster-types.ts';
import { decideType, leaning } from './decide-type.ts';
import {
  COMMON_ACRONYMS,
  FEMALE_ROLES,
  FEMALE_TITLES,
  isOrgHead,
  isPersonRole,
  MALE_ROLES,
  MALE_TITLES,
  OF_HEADS,
  OTHER_HEADS,
  PARTICLES,
  PLACE_HEADS,
} from './lexicon.ts';
import { mergeAliasLinks, mergeLegalForms, mergeSuffixes } from './merge-clusters.ts';
import { acronymKey, isAcronym, nameKey, nameWords } from './name-key.ts';
import { lookupPlace } from './place-gazetteer.ts';
import { buildShortFormIndex, type ShortFormIndex } from './short-form-index.ts';

export type { Cluster, Observed } from './cluster-types.ts';
export { canonicalName, contentWords, genderOf } from './cluster-types.ts';

/** Capitalised words that identify: "de Groot" has one, "Hendrik de Groot" two. */
const namingWords = (name: string) =>
  contentWords(name).filter((w) => !PARTICLES.has(w) || /^\p{Lu}/u.test(w));

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
      .filter((o) => o.linkedTo !== null && /\s/.test(o.chunk.name) && isCode(o.chunk.name))
      .map((o) => acronymKey(o.chunk.name)),
  );
  const isShort = (name: string) => isAcronym(name) || codes.has(acronymKey(name));
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

/** What pass 2 knows when it places a short form. */
type ShortFormContext = {
  clusterOf: (Cluster | null)[];
  index: ShortFormIndex;
  byKey: Map<string, Cluster>;
  lastSeen: Map<Cluster, number>;
  /** Single names the text also uses mid-sentence. */
  nonInitial: Set<string>;
  /** Capitalised words the text also uses as common nouns ("his third Test"). */
  commonNouns: Set<string>;
  newCluster: (place: string | null) => Cluster;
  isShort: (name: string) => boolean;
};

/** The cluster a short form joins, a new one for a name seen only in short, or null to drop it. */
function shortFormTarget(o: Observed, ctx: ShortFormContext): Cluster | null {
  const { clusterOf, index, byKey, lastSeen, nonInitial, commonNouns, newCluster, isShort } = ctx;
  const chunk = o.chunk;
  const parent = linkedParent(o, clusterOf, index);
  if (isShort(chunk.name)) {
    const acr = acronymKey(chunk.name);
    if (COMMON_ACRONYMS.has(acr)) return null;
    // "KGLA" for "KGLA 7 News": an acronym that opens exactly one organisation's name.
    const opens = (index.byWord.get(nameKey(chunk.name)) ?? []).filter(
      (m) => m.position === 'first' && m.cluster.type !== 'person',
    );
    const target =
      byKey.get(`acr:${acr}`) ??
      parent ??
      (opens.length === 1 ? opens[0]!.cluster : null) ??
      index.byInitials.get(acr) ??
      index.byPlaceInitials.get(acr) ??
      newCluster(null);
    byKey.set(`acr:${acr}`, target);
    return target;
  }
  if (parent && nameWords(chunk.name).length === 1) {
    byKey.set(nameKey(chunk.name), parent);
    return parent;
  }
  // "de Groot" looks up "Groot"; "Okoro" looks up itself.
  const words = nameWords(chunk.name);
  const key = nameKey(words.length > 1 && PARTICLES.has(words[0]!) ? words.at(-1)! : chunk.name);
  // A short form whose own evidence says otherwise ("in Duluth" beside "Duluth Police
  // Department") is a different thing that shares a word.
  const own = leaning(o.votes);
  // Weak evidence ("a Lucía cross", "from Osei") does not keep a form from its person.
  const weak = Math.max(...Object.values(o.votes)) <= 1;
  const fitting = (index.byWord.get(key) ?? []).filter(
    (m) => !own || own === m.cluster.type || (weak && m.cluster.type === 'person'),
  );
  // A person's inner word (a first surname: "Núñez" of "Rafael Núñez Peña") only when nothing
  // else has the word.
  const outer = fitting.filter((m) => m.cluster.type !== 'person' || m.position !== 'inner');
  const candidates = outer.length > 0 ? outer : fitting;
  const unique = [...new Set(candidates.map((m) => m.cluster))];
  let target: Cluster | null | undefined;
  if (unique.length === 1) target = unique[0];
  // "Karrawong" beside "Karrawong Resources Ltd" and its subsidiary "Karrawong Operations Pty
  // Ltd": the bare word names the organisation the story introduced first, however recently the
  // other was mentioned.
  else if (unique.length > 1 && unique.every((c) => c.type === 'organization')) target = unique[0];
  else if (unique.length > 1) target = choosePerson(unique, o, lastSeen);
  else
    target =
      byKey.get(nameKey(chunk.name)) ??
      index.byPrefix.get(key) ??
      (!own || own === 'person' ? index.byNickname.get(key) : null) ??
      // A head capitalised mid-sentence ("a Commission spokesperson") is that organisation's name.
      (!chunk.uncertain && words.length === 1 ? index.byHead.get(key) : null);
  if (target) return target;
  if (words.length === 1 && commonNouns.has(key)) return null;
  // A sentence-initial word is kept when the text uses it mid-sentence too, or its own evidence
  // is strong ("Safaricom shares rose").
  const strong =
    Math.max(...Object.values(o.votes)) >= 2 &&
    !isGenericHead(chunk.name) &&
    !(chunk.lowerHead && isPersonRole(chunk.lowerHead)); // "Lead author X" is no name
  if (chunk.uncertain && !nonInitial.has(key) && !strong) return null;
  const fresh = newCluster(null);
  byKey.set(nameKey(chunk.name), fresh);
  return fresh;
}

/** The name a short form abbreviates, unless that is a person or a place it cannot be the initials of. */
function linkedParent(
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

/** Every word in capitals, at least one of them short: "DG MOVE", not a shouted "MARTA ORLOV". */
function isCode(name: string): boolean {
  const words = nameWords(name);
  return words.length <= 3 && words.every((w) => isAcronym(w)) && words.some((w) => w.length <= 3);
}

/** "Police", "City", "Software": a head word whose evidence is only itself. */
function isGenericHead(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    isOrgHead(lower) || PLACE_HEADS.has(lower) || OTHER_HEADS.has(lower) || OF_HEADS.has(lower)
  );
}

function initialsMatch(acronym: string, c: Cluster): boolean {
  const letters = c.chunks[0]?.name.replace(/[^\p{Lu}]/gu, '') ?? '';
  return letters === acronymKey(acronym);
}

/** "between Haarlem and Leiden": a name with no evidence of its own takes its list partner's type. */
function shareListTypes(observed: Observed[], clusterOf: (Cluster | null)[]) {
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
