import { canonicalName, contentWords, type Cluster } from './cluster-types.ts';
import { FUNCTION_WORDS, OF_HEADS, PLACE_HEADS } from './lexicon.ts';
import { initialsOf, nameKey, nameWords } from './name-key.ts';
import { lookupPlace } from './place-gazetteer.ts';

export type Position = 'first' | 'last' | 'inner';

/** Where a short form can find the full name it belongs to. */
export type ShortFormIndex = {
  /** Word → the full names that contain it, and where. */
  byWord: Map<string, { cluster: Cluster; position: Position }[]>;
  /** Initials → the one organisation with them ("WTO"), null when ambiguous. */
  byInitials: Map<string, Cluster | null>;
  /** "Fed" for "Federal Reserve": a clipped first word of exactly one organisation. */
  byPrefix: Map<string, Cluster | null>;
  /** "Ray" for "Raymond T. Okoro": a clipped first name of exactly one person. */
  byNickname: Map<string, Cluster | null>;
  /**
   * "the Commission" for "European Commission", "the Ministry" for "Ministry of Health": the head
   * noun of exactly one organisation, for a capitalised head used alone.
   */
  byHead: Map<string, Cluster | null>;
  /** "WA" for "Western Australia": the initials of exactly one multi-word place in the text. */
  byPlaceInitials: Map<string, Cluster | null>;
};

/** Words that do not identify a name on their own ("the Group", "North"). */
const GENERIC = new Set([
  ...OF_HEADS,
  ...`group company corporation party news times post new north south east west northern southern
  eastern western upper lower greater central san santa saint st st. los las el la le`.split(/\s+/),
]);

const LEADING_GEO = /^(?:river|lake|loch|mount|mt\.?|isle|cape|glen)$/i;

const unique = <T>(map: Map<string, T | null>, key: string, value: T) =>
  map.set(key, map.has(key) && map.get(key) !== value ? null : value);

export function buildShortFormIndex(clusters: Cluster[]): ShortFormIndex {
  const index: ShortFormIndex = {
    byWord: new Map(),
    byInitials: new Map(),
    byPrefix: new Map(),
    byNickname: new Map(),
    byHead: new Map(),
    byPlaceInitials: new Map(),
  };
  for (const c of clusters) {
    if (c.type === 'place' && c.chunks.length > 0)
      for (const form of initialsOf(canonicalName(c), false))
        unique(index.byPlaceInitials, form, c);
    if (c.place || c.chunks.length === 0) continue;
    const name = canonicalName(c);
    const words = contentWords(name);
    // Words after "of" name something else ("University of Lodz" is not "Lodz").
    const ofAt = nameWords(name).findIndex((w, i) => i > 0 && /^(?:of|for|on)$/.test(w));
    const own = ofAt > 0 ? contentWords(nameWords(name).slice(0, ofAt).join(' ')) : words;
    own.forEach((w, i) => {
      const key = nameKey(w);
      const position = i === 0 ? 'first' : i === words.length - 1 ? 'last' : 'inner';
      // A place is shortened only to its first word, and only before generic heads ("the Getz"),
      // or to the name after a leading one ("River Ket" → "Ket").
      const afterHead = i === 1 && words.length === 2 && LEADING_GEO.test(words[0]!);
      if (
        c.type === 'place' &&
        !afterHead &&
        (position !== 'first' ||
          !words.slice(1).every((x) => PLACE_HEADS.has(x.toLowerCase()) || /^Ice$/i.test(x)))
      )
        return;
      if (position === 'first' && c.type === 'organization')
        for (let n = 3; n < key.length; n++) unique(index.byPrefix, key.slice(0, n), c);
      if (position === 'first' && c.type === 'person' && words.length > 1)
        for (let n = 3; n < key.length; n++) unique(index.byNickname, key.slice(0, n), c);
      if (GENERIC.has(key) || FUNCTION_WORDS.has(key)) return;
      // "Núñez" for "Rafael Núñez Peña", "Ortega" for "María José Ortega de la Fuente": in a name of
      // three or more words the first surname may stand alone (Spanish and Portuguese usage); the
      // given names before it may not.
      if (c.type === 'person' && position === 'inner' && !isFirstSurname(name, w)) return;
      const list = index.byWord.get(key) ?? [];
      list.push({ cluster: c, position });
      index.byWord.set(key, list);
    });
    if (c.type === 'organization' && words.length > 1) {
      const head = own[own.length - 1];
      if (head && GENERIC.has(nameKey(head))) unique(index.byHead, nameKey(head), c);
    }
    if (c.type === 'organization' || c.type === 'other') {
      const startsWithPlace = !!lookupPlace(nameWords(name)[0] ?? '');
      for (const form of initialsOf(name, startsWithPlace)) unique(index.byInitials, form, c);
    }
  }
  return index;
}

/**
 * The word that opens a person's surnames in a name of three or more words: the last of two given
 * names before a particle ("María José Ortega de la Fuente" → "Ortega"), or the middle word of
 * three when the name has no particle ("Rafael Núñez Peña" → "Núñez").
 */
function isFirstSurname(name: string, word: string): boolean {
  const all = nameWords(name);
  const particle = all.findIndex((w, i) => i > 0 && /^(?:de|del|da|dos|das|y|e)$/.test(w));
  const given = particle > 0 ? all.slice(0, particle) : all;
  if (particle > 0) return given.length >= 3 && given[given.length - 1] === word;
  return all.length === 3 && all[1] === word && !/^\p{Lu}\.?$/u.test(word);
}
