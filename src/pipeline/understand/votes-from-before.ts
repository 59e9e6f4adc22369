import { isGivenName } from './given-names.ts';
import { PARTICLES } from './lexicon.ts';
import { isPersonRole } from './person-roles.ts';
import { TITLES } from './titles.ts';
import type { ChunkView, Votes } from './type-evidence.ts';
import { ORG_NOUNS, PLACE_NOUNS, PLACE_PREPS, SPORT_VERBS, RUN_BY } from './type-cue-words.ts';

const ADDRESSED =
  /^(?:according|speaking|spoke|speaks|talking|talked|talks|told|said|says|explained|wrote|writes|write|complained|complains|confirmed|admitted|reported|replied|responded|belonging|owned|given|sent|submitted|written)$/;

/** Kinds of work a name can follow: "the album X", "her debut novel, X,". */
const WORK_NOUNS = new Set(
  `album albums ep lp single song track record novel book memoir poem film feature documentary
  movie series sitcom drama play musical opera ballet exhibition installation painting sculpture
  podcast sequel anthology biography`.split(/\s+/),
);

const PART_OF_PLACE =
  /^(?:people|residents|inhabitants|citizens|outskirts|heart|interior|edge|north|south|east|west|northeast|northwest|southeast|southwest)$/;

/** Votes from the words before the name: prepositions, role nouns, verbs, "X-based". */
export function votesFromBefore(view: ChunkView, v: Votes): void {
  const { text, tokens, chunk, words, after, before } = view;
  const prev = before[0];
  const prev2 = before[1];
  // "Geneva-based Medecins Partenaires": what a place-based modifier qualifies is an organisation.
  if (chunk.tokenIndex > 0 && /-based$/.test(tokens[chunk.tokenIndex - 1]!.text))
    v.organization += 2;
  // "the people of the Copperbelt", "on the outskirts of Lusaka": who lives in a place, or a
  // part of it.
  const of = prev?.word === 'the' ? 1 : 0;
  if (
    before[of]?.word === 'of' &&
    !before[of]!.comma &&
    PART_OF_PLACE.test(before[of + 1]?.word ?? '')
  )
    v.place += 2;
  if (prev && !prev.comma) {
    const w = prev.word;
    // "from Henderson’s strike partner": the preposition governs the partner, not Henderson.
    // "according to X", "speaking to X", "told to X": whom words are addressed to or come
    // from is a speaker or an outlet, not a destination.
    const addressee = w === 'to' && prev2 !== undefined && ADDRESSED.test(prev2.word);
    if (w in PLACE_PREPS && !chunk.possessive && !addressee) v.place += PLACE_PREPS[w]!;
    if (
      (w === 'in' || w === 'of') &&
      prev2 &&
      /^(?:born|based|headquartered|located)$/.test(prev2.word)
    )
      v.place += 2;
    if (w === 'of' && prev2 && PLACE_NOUNS.has(prev2.word)) v.place += 3;
    // "Deborah Kline, 47, of Harlow,": where someone named with an age lives.
    if (
      w === 'of' &&
      /,\s+\d{1,3},\s+of\s+$/.test(text.slice(Math.max(0, chunk.start - 12), chunk.start))
    )
      v.place += 3;
    // "the accordionist Ana Ruiz": a role noun by the list or by its suffix.
    if (isPersonRole(w) || TITLES.has(w)) v.person += 4;
    // "the producer Halvorsen Films", but "former producer Han Dong-wook": only a person is
    // "former" or "late".
    if (ORG_NOUNS.has(w)) {
      if (prev2 && /^(?:former|late|veteran)$/.test(prev2.word)) v.person += 3;
      else v.organization += 3;
    }
    if (/^(?:a|an)$/.test(w) && /^\s+\p{Ll}/u.test(after)) v.place += 1;
    // "beat Pieter van den Broeck": in a game of two players the side is a person, named with
    // a given name or a surname particle; "beat Real Madrid" has neither.
    if (SPORT_VERBS.has(w) && !namesPlayer(chunk.name)) v.organization += 1.5;
    // "beat Hollowell Town 3-1": the side beaten, whatever its name ends in.
    if (SPORT_VERBS.has(w) && /^\s+\d{1,2}[-–]\d{1,2}\b/.test(after) && !namesPlayer(chunk.name))
      v.organization += 2.5;
    if (
      w === 'for' &&
      prev2 &&
      /^(?:spokesperson|spokesman|spokeswoman|statement)$/.test(prev2.word)
    )
      v.organization += 2;
    if (w === 'in' && prev2?.word === 'shares') v.organization += 3;
    // "from Milltown Malbay to Melbourne": the ends of a from-to range of names are places.
    if (w === 'from' && /^\s+to\s+\p{Lu}/u.test(after)) v.place += 1.5;
    if (
      w === 'to' &&
      /\bfrom\s+\p{Lu}[^,.;:]{0,40}\s+to\s+$/u.test(
        text.slice(Math.max(0, chunk.start - 60), chunk.start),
      )
    )
      v.place += 1.5;
    // "a competition run by X", "a prize funded by X": who runs or pays for things.
    if (w === 'by' && prev2 && RUN_BY.test(prev2.word)) v.organization += 2;
    // "told Variety", "told Reuters": one unknown word after "told" is an outlet. Below 1, so a
    // person's surname ("told Ruiz") still joins that person.
    if (/^(?:told|tells|tell)$/.test(w) && words.length === 1 && !chunk.possessive)
      v.organization += 0.9;
    // "analysts at Standard Chartered", "a researcher at Medilux": where people work.
    if (w === 'at' && prev2 && isPersonRole(prev2.word.replace(/s$/, ''))) v.organization += 3;
    // "outside the Four Courts", "across the Atlantic": the preposition before the article.
    if (w === 'the' && prev2 && !prev2.comma && prev2.word in PLACE_PREPS)
      v.place += PLACE_PREPS[prev2.word]! * 0.75;
    // "northern Evia", "central Greece": a lower-case compass word before a name is a place's.
    if (/^(?:north|south|east|west|northern|southern|eastern|western|central)$/.test(w))
      v.place += 2;
  }
  // "the transport secretary, Daniel Osei," / "Rovers' coach, Marit Solberg,"
  // "the clerk of court, Wendell Arceneaux,", "the Minister for Housing, Declan Furlong,": a role
  // or a title before a portfolio of up to three words still names the person.
  const roleOf =
    prev?.comma &&
    [1, 2, 3].some(
      (k) =>
        /^(?:of|for)$/.test(before[k]?.word ?? '') &&
        (isPersonRole(before[k + 1]?.word ?? '') || TITLES.has(before[k + 1]?.word ?? '')),
    );
  if (prev?.comma && (isPersonRole(prev.word) || roleOf)) v.person += 3;
  else if (prev?.comma && ORG_NOUNS.has(prev.word)) v.organization += 2;
  // "the film Small Hours", "her first album, Salt Year,": a work named after its kind.
  else if (prev && WORK_NOUNS.has(prev.word)) v.other += 4;
}

/** A name of two or more words opened by a given name, or with a lower-case surname particle. */
export function namesPlayer(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length > 1 && (isGivenName(words[0]!) || words.slice(1, -1).some((w) => PARTICLES.has(w)))
  );
}
