import type { EntityType } from '../../shared/article-schema.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { OTHER_HEADS, PLACE_HEADS } from './lexicon.ts';
import { endsInOrgPhrase, isOrgHead } from './org-heads.ts';
import { isPersonRole, PERSON_ROLES } from './person-roles.ts';
import { TITLES } from './titles.ts';
import type { Token } from './tokenize.ts';
import {
  ORG_NOUNS,
  PLACE_NOUNS,
  LOWER_PLACE_HEADS,
  SPEECH,
  PLACE_PREPS,
  SPORT_VERBS,
  ADMIN_UNITS,
  COMPASS,
  RUN_BY,
  ROMANCE_OF,
} from './type-cue-words.ts';
import { wordsBefore } from './words-before.ts';

const ADDRESSED =
  /^(?:according|speaking|spoke|speaks|talking|talked|talks|told|said|says|explained|wrote|writes|write|complained|complains|confirmed|admitted|reported|replied|responded|belonging|owned|given|sent|submitted|written)$/;

export type Votes = Record<EntityType, number>;
export const noVotes = (): Votes => ({ person: 0, organization: 0, place: 0, other: 0 });

/** Local evidence for a chunk's type, from its own words and the words around it. */
export function typeEvidence(text: string, tokens: Token[], chunk: NameChunk): Votes {
  const v = noVotes();
  const words = chunk.name.split(/\s+/);
  const connector = words.findIndex((w, i) => i > 0 && /^(?:of|for|on)$/.test(w));
  const head = (connector > 0 ? words[connector - 1]! : words[words.length - 1]!).toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  // "Former RIAM students": a title before an acronym is an adjective, not a person's title.
  if (chunk.titles.some((t) => TITLES.has(t)) && !/^\p{Lu}{2,}$/u.test(chunk.name)) v.person += 3;
  // (The last word as written too: club suffixes count only in capitals, "Kartal SK".)
  if (isOrgHead(head) || isOrgHead(last) || isOrgHead(words[words.length - 1]!))
    v.organization += 4;
  // "Junta de Andalucía", "Universidad de Chile": a Romance name opens with its head.
  else if (words.length > 2 && ROMANCE_OF.test(words[1]!) && isOrgHead(words[0]!))
    v.organization += 4;
  if (endsInOrgPhrase(chunk.name)) v.organization += 7;
  // "Malindi Sub-County", "Tri-County": a hyphenated head is read by its last part.
  if (PLACE_HEADS.has(head) || PLACE_HEADS.has(head.split('-').pop()!)) v.place += 3;
  // "River Wend", "Lake Orta", "Mount Kenya": a geographic word that opens the name.
  if (
    words.length > 1 &&
    /^(?:river|lake|loch|mount|mt\.?|isle|cape|glen|calle|rue|avenida|rua|piazza|praça|plaza)$/i.test(
      words[0]!,
    )
  )
    v.place += 4;
  if (OTHER_HEADS.has(head)) v.other += 4;
  // "Shipyard Nocturne, painted in 1968": a work named with how and when it was made.
  if (
    /^,\s+(?:painted|written|composed|recorded|released|published|directed|filmed|sculpted|staged)\s+(?:in|by)\b/.test(
      text.slice(chunk.end, chunk.end + 40),
    )
  )
    v.other += 5;
  // "Director of Public Prosecutions", "Province of North Holland": an office or an authority.
  if (connector > 0 && (TITLES.has(head) || ADMIN_UNITS.test(head))) v.organization += 4;
  if (words.includes('&')) v.organization += 3;
  // "One Government Center", "Two Temple Place": a building named by its street number.
  if (
    words.length > 1 &&
    /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/.test(words[0]!) &&
    /^(?:center|centre|plaza|square|place|tower|building|house|court|park|street)$/.test(last)
  )
    v.place += 4.5;
  if (words.length > 1 && COMPASS.has(words[0]!) && !isOrgHead(head)) v.place += 1;
  if (chunk.lowerHead) {
    if (/^(?:cartel|gang|militia|clan)$/.test(chunk.lowerHead)) v.organization += 5;
    else if (LOWER_PLACE_HEADS.has(chunk.lowerHead)) v.place += 4;
  }

  // "LYONS, Colo. —", "MALINDI —", "OTTAWA, Oct 23 -": a dateline in capitals opening a paragraph
  // names the place the story was filed from.
  if (
    chunk.start === 0 &&
    !/\p{Ll}/u.test(chunk.name) &&
    /^(?:,[^—–\n]{1,30})?\s+[—–-]\s/u.test(text.slice(chunk.end, chunk.end + 40))
  )
    v.place += 6;
  const before = wordsBefore(tokens, chunk.tokenIndex, 4);
  const prev = before[0];
  const prev2 = before[1];
  const after = text.slice(chunk.end, chunk.end + 80);
  if (/^-(?:based|born|bred|headquartered)/.test(after)) v.place += 3;
  // "Geneva-based Medecins Partenaires": what a place-based modifier qualifies is an organisation.
  if (chunk.tokenIndex > 0 && /-based$/.test(tokens[chunk.tokenIndex - 1]!.text))
    v.organization += 2;
  // "X said its teams …", "X has cut its forecast": the name is the subject of a verb with "its".
  if (
    /^\s+(?!(?:in|on|at|with|for|from|of|to|by|into|under|over)\s)(?:\p{Ll}+\s+){1,3}its\s/u.test(
      after,
    ) &&
    !/^\s+(?:and|or|but)\b/.test(after) &&
    !PLACE_HEADS.has(head) // "sending Carters Creek over its banks"
  )
    v.organization += 3;
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
    if (ORG_NOUNS.has(w)) v.organization += 3;
    if (/^(?:a|an)$/.test(w) && /^\s+\p{Ll}/u.test(after)) v.place += 1;
    if (SPORT_VERBS.has(w)) v.organization += 1.5;
    // "beat Hollowell Town 3-1": the side beaten, whatever its name ends in.
    if (SPORT_VERBS.has(w) && /^\s+\d{1,2}[-–]\d{1,2}\b/.test(after)) v.organization += 2.5;
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
  // "the clerk of court, Wendell Arceneaux,": a role before "of" still names the person.
  const roleOf = prev?.comma && before[1]?.word === 'of' && isPersonRole(before[2]?.word ?? '');
  if (prev?.comma && (isPersonRole(prev.word) || roleOf)) v.person += 3;
  else if (prev?.comma && ORG_NOUNS.has(prev.word)) v.organization += 2;

  // An apposition describes the name only when it opens like a noun phrase ("X, the chief
  // executive", "X, a Paris company", "X, Brightwater’s economist"), not "X, of the group Y".
  const apposition =
    /^,\s+(?:(?:the|a|an|its|his|her|their)\s+|[\p{Lu}][\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*)*['’]s\s+)([^,.;:"“”]{1,80})/u.exec(
      after,
    );
  if (/^,\s+\d{1,3}\s*,/.test(after)) v.person += 3;
  else if (/^,\s+who\b/.test(after)) v.person += 2;
  else if (/^,\s+which\b/.test(after)) v.organization += 1;
  // "from Konkurransetilsynet, Norway's competition authority": a possessive apposition describes.
  else if (
    /^,\s+\p{Lu}/u.test(after) &&
    /^(?:in|near|of|from)$/.test(prev?.word ?? '') &&
    !/^,\s+[\p{Lu}][\p{L}.&-]*['’]s\s/u.test(after)
  )
    v.place += 1.5;
  else if (apposition) {
    // Only the head phrase describes the name: "an epidemiologist at the University of X" is a
    // person, whatever follows the preposition.
    const head = apposition[1]!.split(/\s+(?:at|of|for|with|from|in|on|to|who|which|that)\s+/)[0]!;
    const nouns = head
      .toLowerCase()
      .split(/[\s']+/)
      .slice(0, 8);
    if (nouns.some((n) => isPersonRole(n))) v.person += 3;
    else if (nouns.some((n) => ORG_NOUNS.has(n))) v.organization += 3;
    else if (nouns.some((n) => PLACE_NOUNS.has(n))) v.place += 3;
  }
  const nextWord = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  if (SPEECH.has(nextWord)) {
    if (/^\s+\p{L}+\s+in a statement/u.test(after)) v.organization += 0.5;
    else if (words.length > 1 && !isOrgHead(last)) v.person += 1;
    else v.organization += 0.5;
  }
  if (SPORT_VERBS.has(nextWord) && /\b\d{1,2}[-–]\d{1,2}\b/.test(after)) v.organization += 2;
  if (/^\s+shares\b/.test(after)) v.organization += 2;
  // "NAIROBI, July 3 (Reuters) -": the agency in a dateline.
  if (/^\)\s*[-—–]/.test(after) && /\(\s*$/.test(text.slice(0, chunk.start))) v.organization += 3;
  // "The Lamplight contacted X for comment": the publication itself.
  if (/^\s+(?:contacted|approached)\b[^.]{0,60}\bfor\s+(?:further\s+)?comment/.test(after))
    v.organization += 3;
  // "Benfica winger Rui Duarte", "Stonebridge Securities analyst": a name used to qualify a role.
  if (PERSON_ROLES.has(nextWord) && /^\s+\p{Ll}/u.test(after)) v.organization += 2;
  // British usage treats a club or company as plural: "Everton are closing in".
  if (words.length === 1 && /^\s+(?:are|were|have)\b/.test(after)) v.organization += 1.5;
  return v;
}
