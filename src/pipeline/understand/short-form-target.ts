import { choosePerson } from './choose-person.ts';
import { isCommonWord } from './common-words.ts';
import { isGivenName } from './given-names.ts';
import type { Cluster, Observed } from './cluster-types.ts';
import { leaning } from './decide-type.ts';
import { COMMON_ACRONYMS, OF_HEADS, OTHER_HEADS, PARTICLES, PLACE_HEADS } from './lexicon.ts';
import { linkedParent } from './linked-parent.ts';
import { acronymKey, nameKey, nameWords } from './name-key.ts';
import { isOrgHead } from './org-heads.ts';
import { isPersonRole } from './person-roles.ts';
import type { ShortFormIndex } from './short-form-index.ts';

/** What pass 2 knows when it places a short form. */
export type ShortFormContext = {
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
export function shortFormTarget(o: Observed, ctx: ShortFormContext): Cluster | null {
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
  const key = nameKey(
    words.length > 1 && PARTICLES.has(words[0]!.toLowerCase()) ? words.at(-1)! : chunk.name,
  );
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
  // "Copper is ours", "Workers divided": a sentence-initial everyday word is that word, not the
  // tail of "Kafue Copper" or the middle of "Mine Workers Union"; organisations and places are
  // shortened to their first word.
  if (
    chunk.uncertain &&
    words.length === 1 &&
    isCommonWord(key) &&
    !isGivenName(chunk.name) &&
    candidates.length > 0 &&
    candidates.every((m) => m.cluster.type !== 'person' && m.position !== 'first')
  )
    return null;
  const unique = [...new Set(candidates.map((m) => m.cluster))];
  let target: Cluster | null | undefined;
  if (unique.length === 1) target = unique[0];
  // "Karrawong" beside "Karrawong Resources Ltd" and its subsidiary "Karrawong Operations Pty
  // Ltd": the bare word names the organisation the story introduced first, however recently the
  // other was mentioned.
  else if (unique.length > 1 && unique.every((c) => c.type === 'organization')) target = unique[0];
  // Two people share the surname and nothing says which: the mention goes to neither, rather
  // than become a third entity.
  else if (unique.length > 1) return choosePerson(unique, o, lastSeen);
  else
    target =
      byKey.get(nameKey(chunk.name)) ??
      index.byPrefix.get(key) ??
      (!own || own === 'person' ? index.byNickname.get(key) : null) ??
      // A head capitalised mid-sentence ("a Commission spokesperson") is that organisation's name.
      (!chunk.uncertain && words.length === 1 ? index.byHead.get(key) : null);
  if (target) return target;
  if (words.length === 1 && commonNouns.has(key)) return null;
  // "the Assembly", "the State’s", "the Cabinet": a bare head word with no name of its own to
  // join is the common noun written with a capital. A country has one Treasury, Congress or
  // Senate, so those name an institution.
  const bare = chunk.name.replace(/['’]s?$/, '');
  if (words.length === 1 && isGenericHead(bare) && !INSTITUTIONS.test(bare)) return null;
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

const INSTITUTIONS =
  /^(?:Treasury|Congress|Parliament|Senate|Exchequer|Pentagon|Kremlin|Vatican|Olympics|Paralympics)$/;

/** "Police", "City", "Software": a head word whose evidence is only itself. */
function isGenericHead(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    isOrgHead(lower) || PLACE_HEADS.has(lower) || OTHER_HEADS.has(lower) || OF_HEADS.has(lower)
  );
}
