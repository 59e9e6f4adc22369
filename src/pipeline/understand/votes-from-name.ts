import { OTHER_HEADS, PLACE_HEADS } from './lexicon.ts';
import { endsInOrgPhrase, isOrgHead, opensOrgName } from './org-heads.ts';
import { isCommonWord } from './common-words.ts';
import { lookupPlace } from './place-gazetteer.ts';
import { isWorldPlace } from './world-places.ts';
import { TITLES } from './titles.ts';
import { MODEL_CODE, NUMBERED_NAME, NUMBERED_ROAD } from './numbered-names.ts';
import type { ChunkView, Votes } from './type-evidence.ts';
import { LOWER_PLACE_HEADS, ADMIN_UNITS, COMPASS, ROMANCE_OF } from './type-cue-words.ts';

const CRAFT = /^(?:rocket|satellite|spacecraft|probe|rover|telescope|shuttle|capsule|lander)$/;

const VENUE_KINDS =
  /^(?:civic|events?|convention|conference|exhibition|leisure|sports|community|shopping|arts|visitors?|cultural|aquatic|tennis|congress)$/;

const VIETNAMESE_HEADS =
  /^(?:Trung tâm|Công ty|Tổng công ty|Ngân hàng|Đại học|Ủy ban|Bộ|Sở|Viện|Hội|Tập đoàn)\s/u;

/** Votes from the name's own words: its head, its first word, its titles, a lower-case head. */
export function votesFromName(view: ChunkView, v: Votes): void {
  const { chunk, words, connector, head, last } = view;
  // "MV Freya", "HMS Victory": a ship.
  if (words.length > 1 && /^(?:MV|MS|MT|HMS|RMS|SS|USS|HMAS|HMCS|RV)$/.test(words[0]!))
    v.other += 5;
  // "Khon Kaen", "Nakhon Pathom": a populated place of several words the world list knows. (One
  // word is too often a surname too: "Duarte", "Mitchell".)
  if (words.length > 1 && isWorldPlace(chunk.name)) v.place += 1.5;
  // "Trabzonspor", "Ege Denizspor": Turkish clubs name themselves with "spor" (sport).
  if (/\p{L}{2,}spor$/u.test(words[words.length - 1]!)) v.organization += 4;
  // "Toronto Ridgebacks", "Regina Pilots": a place and a plural is a team. A place only the world
  // list knows may also be a given name ("Mitchell Hayes"), so there the plural must be a word.
  // ("Santa Cruz Warriors": the place may have several words.)
  const noun = words[words.length - 1]!;
  const town = words.slice(0, -1).join(' ');
  const plural = words.length >= 2 && words.length <= 4 && /\p{Ll}s$/u.test(noun);
  const team =
    plural &&
    !PLACE_HEADS.has(noun.toLowerCase()) &&
    (lookupPlace(town) !== null || (isWorldPlace(town) && isCommonWord(noun.replace(/s$/, ''))));
  if (team) v.organization += 3;
  // "Typhoon Dalisay", "Hurricane Milton", "Storm Ciarán": a named storm is an event.
  if (words.length > 1 && /^(?:Typhoon|Hurricane|Cyclone|Storm)$/.test(words[0]!)) v.other += 5;
  // "Highway 7" is a road; "Channel 4", "Radio 6 Music" broadcasters.
  const numbered = words.findIndex((w, k) => k > 0 && /^\d+$/.test(w));
  if (numbered > 0 && NUMBERED_NAME.test(words[numbered - 1]!))
    if (NUMBERED_ROAD.test(words[numbered - 1]!)) v.place += 4;
    else v.organization += 4;
  else if (numbered > 0 && numbered === words.length - 1 && MODEL_CODE.test(words[numbered - 1]!))
    v.other += 3;
  // "Government Decree 2025-117": a numbered legal instrument.
  if (words.length > 1 && /^\d{1,4}[-/]\d{1,5}$/.test(words[words.length - 1]!)) v.other += 4;
  // "Former RIAM students": a title before an acronym is an adjective, not a person's title.
  if (chunk.titles.some((t) => TITLES.has(t)) && !/^\p{Lu}{2,}$/u.test(chunk.name)) v.person += 3;
  // (The last word as written too: club suffixes count only in capitals, "Kartal SK".)
  // ("Julius Kühn-Institut": a hyphenated head is read by its last part.)
  const lastPart = words[words.length - 1]!.split('-').pop()!;
  if (isOrgHead(head) || isOrgHead(words[words.length - 1]!) || isOrgHead(lastPart))
    v.organization += 4;
  // "Junta de Andalucía", "Universidad de Chile": a Romance name opens with its head; some
  // heads open a name without "de" ("Domaine Ferrand", "Radio Cóndor", "Grupo Alba").
  // ("The Daily Blaze": after a capital "The".)
  else if (words.length > 1 && opensOrgName(words[0] === 'The' ? words[1]! : words[0]!))
    v.organization += 4;
  else if (words.length > 2 && ROMANCE_OF.test(words[1]!) && isOrgHead(words[0]!))
    v.organization += 4;
  if (endsInOrgPhrase(chunk.name)) v.organization += 7;
  // "Otley Civic Centre", "Rotorua Energy Events Centre": a centre named for what it hosts is a
  // venue, not a body ("Pew Research Center", "Centre for Tropical Agriculture").
  if (
    words.length > 2 &&
    /^(?:centre|center)$/.test(last) &&
    VENUE_KINDS.test(words[words.length - 2]!.toLowerCase())
  )
    v.place += 5;
  // "Trung tâm Khuyến nông", "Công ty Điện lực": Vietnamese opens a body's name with its kind.
  if (VIETNAMESE_HEADS.test(chunk.name)) v.organization += 4;
  // "Malindi Sub-County", "Tri-County": a hyphenated head is read by its last part.
  if (PLACE_HEADS.has(head) || PLACE_HEADS.has(head.split('-').pop()!)) v.place += 3;
  // "River Wend", "Lake Orta", "Mount Kenya": a geographic word that opens the name.
  if (
    words.length > 1 &&
    /^(?:river|lake|loch|mount|mt\.?|isle|cape|glen|calle|rue|avenida|rua|piazza|praça|plaza|salar|cais|largo|praia|ponte|serra|sierra|cerro|monte|lago|laguna|río|isla|ilha|île|isola|bahía|baía|cabo|lac|gunung|pulau|sungai|tasik|bukit|teluk|tanjung|danau|jebel|djebel|wadi|llyn|afon|cwm|mynydd|moel)$/i.test(
      words[0]!,
    )
  )
    v.place += 4;
  if (OTHER_HEADS.has(head)) v.other += 4;
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
    // "the Gaivota rocket", "the Perseverance rover": a craft named like a person or a thing.
    else if (CRAFT.test(chunk.lowerHead)) v.other += 5;
    else if (LOWER_PLACE_HEADS.has(chunk.lowerHead)) v.place += 4;
  }
}
