import type { EntityType } from '../../shared/article-schema.ts';
import { canonicalName, contentWords, type Cluster } from './cluster-types.ts';
import { isCommonWord } from './common-words.ts';
import { isGivenName } from './given-names.ts';
import { OTHER_HEADS, PARTICLES, PLACE_HEADS } from './lexicon.ts';
import { isOrgHead } from './org-heads.ts';
import { lookupPlace } from './place-gazetteer.ts';
import { isAcronym } from './name-key.ts';
import { isPrefixedSurname } from './name-word.ts';
import { COMPASS } from './type-cue-words.ts';
import type { Votes } from './type-evidence.ts';

/**
 * A cluster's type: a gazetteer place is a place; otherwise the summed evidence of its mentions,
 * with two priors: a full name shaped like a person's leans person, an acronym leans organisation.
 * With no evidence at all, the shape of the name decides.
 */
export function decideType(c: Cluster): EntityType {
  if (c.place) return 'place';
  const v = { ...c.votes };
  const name = canonicalName(c);
  // People are not named with an article: "The Orchard Keepers", "the Basin Reserve".
  const personShaped = looksLikePersonName(name) && !c.full.every((ch) => ch.definite === true);
  // Only ever written with a capital "The": a title ("The Orchard Keepers"), not a body.
  const titled = c.full.length > 0 && c.full.every((ch) => ch.titledThe || /^The\s/.test(ch.name));
  if (c.full.length > 0 && personShaped) v.person += 1;
  // "Stockton Kings", "North Ward Renovations": a plural everyday noun at the end names a team,
  // a band or a business, and outweighs a weak cue such as a compass word or "to".
  if (c.full.length > 0 && !personShaped && !titled && endsInPluralThing(name)) v.organization += 1;
  // "the Fold X2025", "an R8 Pro": a model number makes a product.
  if (contentWords(name).some((w) => /^\p{Lu}+\d+\p{Lu}*$/u.test(w) && w.length > 2)) v.other += 2;
  // An acronym that is not a gazetteer place is an organisation unless the text says otherwise.
  if (isAcronym(name)) v.organization += 1.5;
  // "Crown-Indigenous Relations and Northern Affairs Canada (CIRNAC)": a long name the text also
  // gives as initials is most often a body's; places known by initials are in the gazetteer.
  // (Not a work's or an event's: "Cyber Resilience Act (CRA)", "… Film Festival (PÖFF)".)
  else if (
    contentWords(name).length > 2 &&
    !OTHER_HEADS.has(contentWords(name).at(-1)!.toLowerCase()) &&
    c.chunks.some((ch) => isAcronym(ch.name))
  )
    v.organization += 1;
  // "HSE South West", "BBC Radio Leeds": a name opened by an organisation's acronym is a part of
  // it (a country's, "UK Athletics", is not evidence).
  const opener = contentWords(name)[0] ?? '';
  if (name !== opener && isAcronym(opener) && !lookupPlace(opener)) v.organization += 1.5;
  const order: EntityType[] = ['organization', 'place', 'person', 'other'];
  let best: EntityType | null = null;
  for (const t of order) if (v[t] > 0 && (best === null || v[t] > v[best])) best = t;
  if (best) return best;
  if (personShaped) return 'person';
  // One plain word the text says nothing about is most often a town or region it takes as known
  // ("in Mariakani", "for Yorkshire"); people come with a given name or a title, and brands are
  // written "BerthLink" or with digits.
  if (contentWords(name).length === 1 && !/\d|\p{Ll}\p{Lu}/u.test(name)) return 'place';
  // "Kessler Dairy", "Fjordline Security": a proper word and a thing names a business or a body
  // far more often than a work; works and places usually carry a cue that voted above. (As a
  // vote rather than a default it costs more than it gains: a person named "Farzana Merchant".)
  return !titled && namedAfterThing(name) ? 'organization' : 'other';
}

/** "Kings", "Renovations" (not "Falls" or "Heights", which name places). */
function endsInPluralThing(name: string): boolean {
  const words = contentWords(name);
  const last = words[words.length - 1]!;
  if (words.length < 2 || !/\p{Ll}s$/u.test(last) || PLACE_HEADS.has(last.toLowerCase()))
    return false;
  const singular = last.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
  return (
    isCommonWord(last) &&
    !isGivenName(last) &&
    (isCommonWord(singular) || isCommonWord(last.slice(0, -1)))
  );
}

/** Several words, the last an everyday word or a known place ("Statistics Norway"). */
function namedAfterThing(name: string): boolean {
  const words = contentWords(name);
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  // The name lists hold many surnames that are also words ("Marsh", "Reed", "Bell"): those
  // do not count as things.
  const thing = (part: string) => isCommonWord(part) && !isGivenName(part);
  return thing(last.split('-').pop()!) || lookupPlace(last) !== null;
}

/**
 * Two to four capitalised words (particles allowed) with no organisation cue: a person by default.
 * People's names have no connectors: "Environment and Climate Change Canada" is not one.
 */
function looksLikePersonName(name: string): boolean {
  const words = contentWords(name);
  if (
    words.length < 2 ||
    words.length > 4 ||
    /\s(?:and|&|of|for|on)\s/i.test(name) ||
    // "Coalition des quartiers": a lower-case word other than a particle is in no person's name.
    words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w) && !isPrefixedSurname(w)) ||
    words.some((w) => isOrgHead(w) || /\d/.test(w) || isAcronym(w))
  )
    return false;
  // "Marcus Bell": a given name vouches for the rest, even when the surname is a noun. (The
  // list holds a few compass words: "North Quay Renovations" is no person.)
  if (isGivenName(words[0]!) && !COMPASS.has(words[0]!)) return true;
  // "Stockton Kings", "Small Hours", "Statistics Norway": named after a thing or a place.
  return !namedAfterThing(name);
}

/** The type a chunk's own evidence points to, when it points anywhere clearly. */
export function leaning(v: Votes): EntityType | null {
  let best: EntityType | null = null;
  for (const t of Object.keys(v) as EntityType[])
    if (v[t] >= 1 && (best === null || v[t] > v[best])) best = t;
  return best;
}
