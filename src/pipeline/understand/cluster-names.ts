import type { EntityType } from '../../shared/article-schema.ts';
import type { NameChunk } from './find-name-chunks.ts';
import {
  COMMON_ACRONYMS,
  FEMALE_TITLES,
  FUNCTION_WORDS,
  MALE_TITLES,
  OF_HEADS,
  PLACE_HEADS,
} from './lexicon.ts';
import { acronymKey, initialsOf, isAcronym, nameKey, nameWords } from './name-key.ts';
import { lookupPlace } from './place-gazetteer.ts';
import { noVotes, type Votes } from './type-evidence.ts';
import { decideType, leaning } from './decide-type.ts';

/** A chunk with what clustering needs: its evidence and, for pronoun checks, the gender after it. */
export type Observed = {
  chunk: NameChunk;
  votes: Votes;
  /** "he"/"she" that follows the name as the subject of its sentence, if any. */
  pronounGender: 'f' | 'm' | null;
  /** The chunk directly follows "(" after another name: "European Central Bank (ECB)". */
  parenthesisedAfter: number | null;
};

export type Cluster = {
  chunks: NameChunk[];
  /** Chunks that named the thing in full (used to pick the canonical name). */
  full: NameChunk[];
  place: string | null;
  votes: Votes;
  female: number;
  male: number;
  type: EntityType;
};

const GENERIC = new Set([
  ...OF_HEADS,
  'group',
  'company',
  'corporation',
  'party',
  'news',
  'times',
  'post',
  'new',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'upper',
  'lower',
  'greater',
  'central',
  'san',
  'santa',
  'saint',
  'st',
  'st.',
  'los',
  'las',
  'el',
  'la',
  'le',
]);

/**
 * Two passes, as the literature advises: full names first (two or more words, or a gazetteer
 * place), then short forms in reading order: a surname, first name, acronym or first word of an
 * organisation joins the one full name it can belong to; when two people share a surname, the
 * form's own title ("Ms"), the pronoun that follows it and recency (who the story is about at that
 * point) choose. Everything is keyed by surface form, so the work is linear in the number of names.
 */
export function clusterNames(observed: Observed[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const clusterOf = new Array<Cluster | null>(observed.length).fill(null);
  const nonInitial = new Set<string>();
  // A sentence-initial word is a name if the text also uses it alone mid-sentence.
  for (const o of observed)
    if (!o.chunk.uncertain && !/\s/.test(o.chunk.name)) nonInitial.add(nameKey(o.chunk.name));

  const newCluster = (place: string | null): Cluster => {
    const c: Cluster = {
      chunks: [],
      full: [],
      place,
      votes: noVotes(),
      female: 0,
      male: 0,
      type: 'other',
    };
    clusters.push(c);
    return c;
  };
  const add = (c: Cluster, o: Observed, full: boolean, weight: number, index: number) => {
    c.chunks.push(o.chunk);
    if (full) c.full.push(o.chunk);
    for (const k of Object.keys(c.votes) as EntityType[]) c.votes[k] += o.votes[k] * weight;
    if (o.chunk.titles.some((t) => FEMALE_TITLES.has(t))) c.female += 2;
    if (o.chunk.titles.some((t) => MALE_TITLES.has(t))) c.male += 2;
    if (o.pronounGender === 'f') c.female += full ? 1 : 0.5;
    if (o.pronounGender === 'm') c.male += full ? 1 : 0.5;
    clusterOf[index] = c;
  };

  // Pass 1: full names.
  observed.forEach((o, index) => {
    const place = lookupPlace(o.chunk.name);
    const words = contentWords(o.chunk.name);
    if (!place && (words.length < 2 || isAcronym(o.chunk.name))) return;
    const key = place ? `place:${nameKey(place)}` : nameKey(o.chunk.name);
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = newCluster(place)));
    add(c, o, true, 1, index);
  });
  mergeSuffixes(clusters, byKey, clusterOf);
  for (const c of clusters) c.type = decideType(c);

  // Indexes for short forms: word → clusters, initials → cluster, first-word prefix for "Fed".
  const byWord = new Map<string, { cluster: Cluster; position: 'first' | 'last' | 'inner' }[]>();
  const byInitials = new Map<string, Cluster | null>();
  // "Fed" for "Federal Reserve": a clipped first word of exactly one organisation.
  const byPrefix = new Map<string, Cluster | null>();
  for (const c of live(clusters)) {
    if (c.place) continue;
    const name = canonicalName(c);
    const words = contentWords(name);
    // Words after "of" name something else ("University of Lodz" is not "Lodz").
    const ofAt = nameWords(name).findIndex((w, i) => i > 0 && /^(?:of|for|on)$/.test(w));
    const own = ofAt > 0 ? contentWords(nameWords(name).slice(0, ofAt).join(' ')) : words;
    own.forEach((w, i) => {
      const key = nameKey(w);
      const position = i === 0 ? 'first' : i === words.length - 1 ? 'last' : 'inner';
      // A place is shortened only to its first word, and only before generic heads ("the Getz").
      if (
        c.type === 'place' &&
        (position !== 'first' ||
          !words.slice(1).every((x) => PLACE_HEADS.has(x.toLowerCase()) || /^Ice$/i.test(x)))
      )
        return;
      if (position === 'first' && c.type === 'organization')
        for (let n = 3; n < key.length; n++) {
          const p = key.slice(0, n);
          byPrefix.set(p, byPrefix.has(p) && byPrefix.get(p) !== c ? null : c);
        }
      if (GENERIC.has(key) || FUNCTION_WORDS.has(key)) return;
      if (c.type === 'person' && position === 'inner') return;
      const list = byWord.get(key) ?? [];
      list.push({ cluster: c, position });
      byWord.set(key, list);
    });
    if (c.type === 'organization' || c.type === 'other') {
      const startsWithPlace = !!lookupPlace(nameWords(name)[0] ?? '');
      for (const form of initialsOf(name, startsWithPlace))
        byInitials.set(form, byInitials.has(form) && byInitials.get(form) !== c ? null : c);
    }
  }

  // Pass 2: short forms in reading order.
  const lastSeen = new Map<Cluster, number>();
  observed.forEach((o, index) => {
    const done = clusterOf[index];
    if (done) return void lastSeen.set(done, index);
    const chunk = o.chunk;
    const key = nameKey(chunk.name);
    let target: Cluster | null | undefined;
    if (isAcronym(chunk.name)) {
      const acr = acronymKey(chunk.name);
      if (COMMON_ACRONYMS.has(acr)) return;
      const parent = o.parenthesisedAfter === null ? null : clusterOf[o.parenthesisedAfter];
      target =
        byKey.get(`acr:${acr}`) ??
        (parent && parent.type !== 'person' ? parent : null) ??
        byInitials.get(acr);
      if (!target) byKey.set(`acr:${acr}`, (target = newCluster(null)));
      else byKey.set(`acr:${acr}`, target);
    } else {
      // A short form whose own evidence says otherwise ("in Duluth" beside "Duluth Police
      // Department") is a different thing that shares a word.
      const own = leaning(o.votes);
      const candidates = (byWord.get(key) ?? []).filter(
        (m) =>
          (m.cluster.type !== 'person' || m.position !== 'inner') &&
          (!own || own === m.cluster.type),
      );
      const unique = [...new Set(candidates.map((m) => m.cluster))];
      if (unique.length === 1) target = unique[0];
      else if (unique.length > 1) target = choosePerson(unique, o, lastSeen);
      else target = byKey.get(key) ?? byPrefix.get(key);
      if (!target) {
        if (chunk.uncertain && !nonInitial.has(key)) return;
        byKey.set(key, (target = newCluster(null)));
      }
    }
    if (!target) return;
    add(target, o, false, 0.6, index);
    lastSeen.set(target, index);
  });

  const result = live(clusters);
  for (const c of result) c.type = decideType(c);
  return result;
}

/** "Ould Ahmed", "von Arnim", "National Security Council": a multi-word tail of one longer name. */
function mergeSuffixes(
  clusters: Cluster[],
  byKey: Map<string, Cluster>,
  clusterOf: (Cluster | null)[],
) {
  const owners = new Map<string, Set<Cluster>>();
  for (const c of clusters) {
    const words = nameWords(canonicalName(c));
    for (let i = 1; i < words.length - 1; i++) {
      const key = nameKey(words.slice(i).join(' '));
      const set = owners.get(key) ?? new Set();
      set.add(c);
      owners.set(key, set);
    }
  }
  for (const c of clusters) {
    if (c.place || c.chunks.length === 0) continue;
    const set = owners.get(nameKey(canonicalName(c)));
    if (!set || set.size !== 1) continue;
    const [owner] = [...set];
    if (!owner || owner === c) continue;
    owner.chunks.push(...c.chunks);
    for (const k of Object.keys(c.votes) as EntityType[]) owner.votes[k] += c.votes[k] * 0.6;
    owner.female += c.female;
    owner.male += c.male;
    c.chunks = [];
    c.full = [];
    for (let i = 0; i < clusterOf.length; i++) if (clusterOf[i] === c) clusterOf[i] = owner;
    for (const [k, v] of byKey) if (v === c) byKey.set(k, owner);
  }
}

function live(clusters: Cluster[]): Cluster[] {
  return clusters.filter((c) => c.chunks.length > 0);
}

/** Shared surname: the title's gender, then the pronoun that follows, then the most recent. */
function choosePerson(
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
  let pool = candidates;
  if (gender) {
    // Same gender first, then unknown gender; a known mismatch never.
    const same = candidates.filter((c) => genderOf(c) === gender);
    const open = candidates.filter((c) => genderOf(c) === null);
    if (same.length > 0) pool = same;
    else if (open.length > 0) pool = open;
  }
  let best: Cluster | null = null;
  let bestSeen = -2;
  for (const c of pool) {
    const seen = lastSeen.get(c) ?? -1;
    if (seen > bestSeen) [best, bestSeen] = [c, seen];
    else if (seen === bestSeen) best = null;
  }
  return best;
}

export function genderOf(c: Cluster): 'f' | 'm' | null {
  if (c.female > c.male) return 'f';
  if (c.male > c.female) return 'm';
  return null;
}

export function contentWords(name: string): string[] {
  return nameWords(name).filter((w) => !/^(?:the|of|for|on|and|&)$/i.test(w));
}

/** The fullest form: most words, then a form written with "The" mid-sentence, then the first. */
export function canonicalName(c: Cluster): string {
  if (c.place) return c.place;
  const pool = c.full.length > 0 ? c.full : c.chunks;
  let best = pool[0]?.name ?? '';
  let bestScore = -1;
  for (const chunk of pool) {
    const score = contentWords(chunk.name).length * 10 + (/^The\s/.test(chunk.name) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [chunk.name, score];
  }
  return best;
}
