import { andJoinsName, glossedByInitials } from './and-joins-name.ts';
import { isCommonWord } from './common-words.ts';
import { lookupPlace } from './place-gazetteer.ts';
import { COMMON_ACRONYMS, OF_HEADS, PARTICLES, PLACE_HEADS } from './lexicon.ts';
import { isOrgHead } from './org-heads.ts';
import { TITLES } from './titles.ts';
import { isCalendar } from './make-chunk.ts';
import { makeChunks } from './make-chunks.ts';
import { POSSESSIVE } from './possessive.ts';
import type { Token } from './tokenize.ts';

/** A run of capitalised words that may name something, already stripped of titles and possessives. */
export type NameChunk = {
  /** Index of the paragraph (-1 for the image caption, which carries evidence but no mentions). */
  paragraph: number;
  start: number;
  end: number;
  /** The name as written, without title or possessive ending. */
  name: string;
  /** The surface form as written, with title and possessive ("President Trump", "Trump’s"). */
  surface: string;
  /** Lower-cased titles that preceded the name ("ms", "president"). */
  titles: string[];
  possessive: boolean;
  /** The first word is capitalised by sentence position only, so it may be an ordinary word. */
  uncertain: boolean;
  /** Right after "the"/"The" ("The Orchard Keepers", "the Basin Reserve"): not a person's name. */
  definite?: boolean;
  /**
   * After a capital "The" ("read The Orchard Keepers", "4. The Salt Road"): when every full mention
   * is written so, the article is likely part of a title. Lower-case "the" is how organisations
   * are written ("the Kessler Dairy").
   */
  titledThe?: boolean;
  /** One word right after an ordinal ("his third Test"): a capitalised common noun. */
  afterOrdinal?: boolean;
  /** A lower-case head that follows the name ("river", "cartel"). */
  lowerHead: string | null;
  /** Index of the chunk's first token, so context rules can look around it. */
  tokenIndex: number;
  tokenEnd: number;
  /** Role words the text attaches to the name ("judge", "manager"), filled in by stage 3. */
  roles?: string[];
};

/** "Madrid-based", "Paris-born": the place ends the name; a new one may follow. */
const LOWER_SUFFIX = /-\p{Ll}[\p{L}-]*$/u;

export const isNameWord = (t: Token | undefined): t is Token =>
  !!t && t.isWord && t.cap && !/^\p{N}/u.test(t.text);
const isParticle = (t: Token | undefined) => !!t && PARTICLES.has(t.text);

/**
 * Groups tokens into candidate names. Connectors join only where names use them: "&" always,
 * particles before a capitalised word, "of/for/on (the)" after a head like University or Office,
 * "and" only when the whole ends in an organisation head ("Competition and Markets Authority")
 * or is one name by `andJoinsName`, so "Spain and Portugal" stays two names. A possessive ends a name ("ICC’s Office" is two).
 */
export function findNameChunks(text: string, tokens: Token[], paragraph: number): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsName = isNameWord(t) || (isParticle(t) && leadsToName(tokens, i));
    if (!startsName) {
      i++;
      continue;
    }
    let j = i; // last token included
    let ofName = false;
    // "Ministry of Foreign Affairs and Trade", "Department of Agriculture, Fisheries and
    // Forestry": a government portfolio lists its subjects.
    let portfolio = false;
    while (
      (!POSSESSIVE.test(tokens[j]!.text) || pluralPossessiveInName(tokens, j)) &&
      !LOWER_SUFFIX.test(tokens[j]!.text)
    ) {
      const next = tokens[j + 1];
      const elided = next !== undefined && /^[dl]['’]\p{Lu}/u.test(next.text);
      if ((isNameWord(next) || elided) && adjacent(tokens[j]!, next!)) {
        // ("Côte d'Ivoire", "Forlì l’Aquila": an elided article before a capital.)
        j++;
      } else if (pluralPossessiveInName(tokens, j)) {
        // "National Farmers’ Union", "Women’s Institute": a plural possessive inside the name.
        j += /['’]$/.test(tokens[j + 1]!.text) ? 2 : 1;
      } else if (
        // "KGLA 7 News", "Channel 4 News": a number inside a name that ends in an organisation head.
        next &&
        /^\d{1,3}$/.test(next.text) &&
        next.start - tokens[j]!.end === 1 &&
        isNameWord(tokens[j + 2]) &&
        tokens[j + 2]!.start - next.end === 1 &&
        endsInOrgHead(tokens, j + 2)
      ) {
        j += 2;
      } else if (
        // "Highway 7", "FM 2818", "Channel 4", "BBC Radio 6 Music": a road or a broadcaster
        // named by its number.
        numberFollows(text, tokens, j) &&
        NUMBERED_NAME.test(tokens[j]!.text)
      ) {
        j++;
      } else if (
        // "the HX 1900", "ISO 9001": a code and its number name a model or a standard, and end
        // there ("HX 1900 SUV"). A currency before an amount is no model ("CHF 412 million").
        j === i &&
        numberFollows(text, tokens, j) &&
        MODEL_CODE.test(tokens[j]!.text) &&
        !COMMON_ACRONYMS.has(tokens[j]!.text)
      ) {
        j++;
        break;
      } else if (isParticle(next) && foreignRunEnd(tokens, j + 1) > j + 1) {
        // "Coalition des quartiers", "Bureau des élections de Montréal": a name in a language
        // that writes its inner words in lower case.
        j = foreignRunEnd(tokens, j + 1);
      } else if (isParticle(next) && leadsToName(tokens, j + 1)) {
        j++;
      } else if (next?.text === '&' && isNameWord(tokens[j + 2])) {
        j += 2;
      } else if (
        next &&
        /^(?:of|for|on)$/.test(next.text) &&
        OF_HEADS.has(tokens[j]!.text.toLowerCase())
      ) {
        const k = tokens[j + 2]?.text === 'the' ? j + 3 : j + 2;
        if (!isNameWord(tokens[k]) || isCalendar(tokens[k]!)) break;
        portfolio = PORTFOLIO_HEADS.test(tokens[j]!.text);
        j = k;
        ofName = true;
      } else if (next?.text === ',' && ofName && listBeforeAcronym(tokens, j + 1, portfolio) > 0) {
        j = listBeforeAcronym(tokens, j + 1, portfolio);
      } else if (
        // "Advisory, Conciliation and Arbitration Service (Acas)": a list that the acronym
        // after it spells out is one name, with or without "X of" before it.
        next?.text === ',' &&
        listBeforeAcronym(tokens, j + 1, false, true) > 0 &&
        glossedByInitials(tokens, i, listBeforeAcronym(tokens, j + 1, false, true))
      ) {
        j = listBeforeAcronym(tokens, j + 1, false, true);
      } else if (
        next?.text === 'and' &&
        isNameWord(tokens[j + 2]) &&
        endsInOrgHead(tokens, j + 2) &&
        !completeBeforeAnd(tokens, i, j)
      ) {
        j += 2;
      } else if (next?.text === 'and' && andJoinsName(tokens, i, j + 1, ofName, portfolio)) {
        j += 2;
      } else {
        break;
      }
    }
    chunks.push(...makeChunks(text, tokens, i, j, paragraph));
    i = j + 1;
  }
  return chunks;
}

/** A number of up to four digits right after token j, not the start of a decimal or amount. */
function numberFollows(text: string, tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return (
    !!next &&
    /^\d{1,4}(?:['’]s)?$/.test(next.text) &&
    next.start - tokens[j]!.end === 1 &&
    !/^[.,]\d/.test(text.slice(next.end, next.end + 2))
  );
}

/** Words a number completes into a name: roads ("Highway 7", "FM 2818") and channels. */
export const NUMBERED_NAME = /^(?:Highway|Hwy|Route|Interstate|FM|Channel|Radio)$/;
export const NUMBERED_ROAD = /^(?:Highway|Hwy|Route|Interstate|FM)$/;
/** "HX 1900", "ISO 9001": letters and a number naming a model or a standard. */
export const MODEL_CODE = /^\p{Lu}{2,4}$/u;

const PORTFOLIO_HEADS = /^(?:Ministry|Department|Minister|Secretary|Office|Commissioner)$/;

/**
 * "National Union of Rail, Maritime and Transport Workers (RMT)": after "X of", a comma list of
 * capitalised words that ends in "and …" right before a parenthesised acronym is one name; after
 * a government portfolio ("Department of Agriculture, Fisheries and Forestry") it is one name
 * without the acronym too. Returns the index of the list's last token, or -1.
 */
function listBeforeAcronym(
  tokens: Token[],
  comma: number,
  portfolio = false,
  anyEnd = false,
): number {
  let k = comma;
  let sawAnd = false;
  for (let items = 0; items < 6 && !sawAnd; items++) {
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.text === 'and') {
      sawAnd = true;
      k++;
    }
    if (!isNameWord(tokens[k])) return -1;
    while (isNameWord(tokens[k + 1])) k++;
    k++;
    if (!sawAnd && tokens[k]?.text !== ',' && tokens[k]?.text !== 'and') return -1;
  }
  if ((portfolio || anyEnd) && sawAnd) return k - 1;
  const short = tokens[k + 1]?.text ?? '';
  const closed = tokens[k + 2]?.text === ')';
  return sawAnd && tokens[k]?.text === '(' && closed && /^\p{Lu}[\p{L}]{1,9}$/u.test(short)
    ? k - 1
    : -1;
}

const STREETS =
  /^(?:Road|Street|Avenue|Lane|Square|Park|Bridge|Cross|Court|Green|Hill|Way|Place|Gardens|Quay|Wharf|Row)$/;

const PLURAL_POSSESSOR = /^(?:\p{Lu}\p{Ll}+s|Women|Men|Children|People)$/u;

/** Token j is a plural possessor ("Farmers" + "’", "Women’s") before an organisation head. */
function pluralPossessiveInName(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  const mark = tokens[j + 1];
  if (PLURAL_POSSESSOR.test(t.text) && (mark?.text === '’' || mark?.text === "'")) {
    const head = tokens[j + 2];
    return !!head && mark.start === t.end && isNameWord(head) && isOrgHead(head.text);
  }
  // "St Luke’s Hospital": a saint's name in possessive is part of the name.
  const saint = /^(?:St\.?|Saint)$/.test(tokens[j - 1]?.text ?? '') && POSSESSIVE.test(t.text);
  // "Brazos County Sheriff's Office", "the Attorney General's Office": an office named by its
  // holder's title (an acronym's possessive, "ICC’s Office", still ends the name).
  const office =
    POSSESSIVE.test(t.text) &&
    TITLES.has(t.text.replace(POSSESSIVE, '').toLowerCase()) &&
    isNameWord(tokens[j - 1]) &&
    /^(?:Office|Department|Bureau)$/.test(tokens[j + 1]?.text ?? '');
  const m = saint || office || /^(Women|Men|Children|People)['’]s$/u.exec(t.text);
  const head = tokens[j + 1];
  // "Queen’s Road", "Earl’s Court": a street or venue named for someone by one word ("Tom
  // Hale’s Park Lane flat" is his).
  if (
    POSSESSIVE.test(t.text) &&
    !isNameWord(tokens[j - 1]) &&
    isNameWord(head) &&
    STREETS.test(head.text)
  )
    return true;
  return !!m && !!head && isNameWord(head) && isOrgHead(head.text);
}

function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1 && !/^\p{N}/u.test(b.text);
}

/** Latin tags English keeps in lower case after "de": "de facto", "de jure", "de novo". */
const LATIN = /^(?:facto|jure|novo|rigueur|trop|luxe|force|minimis|vivre)$/;

/**
 * After a particle at `i`: the last token of a run of particles, lower-case words English does
 * not have and capitalised words, when the run holds at least one such foreign word ("des
 * quartiers", "des élections de Montréal"); else -1. An English word ends it.
 */
function foreignRunEnd(tokens: Token[], i: number): number {
  let end = -1;
  let foreign = false;
  for (let k = i; k < tokens.length && k < i + 8; k++) {
    const t = tokens[k]!;
    if (k > i && t.start - tokens[k - 1]!.end > 1) break;
    if (isParticle(t)) continue;
    const word = t.isWord && /^\p{Ll}[\p{Ll}\p{M}'’-]{2,}$/u.test(t.text) ? t.text : '';
    if (isNameWord(t)) {
      end = k;
      continue;
    }
    if (!word || isCommonWord(word) || LATIN.test(word)) break;
    foreign = true;
    end = k;
  }
  return foreign ? end : -1;
}

function leadsToName(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + 4; k++) {
    if (isNameWord(tokens[k])) return true;
    if (!isParticle(tokens[k])) return false;
  }
  return false;
}

/**
 * "Royal Bank of Canada and TD Securities": a name already complete before "and" (an "X of" name
 * ending in a known place) or a second name opening with an acronym are two organisations.
 */
function completeBeforeAnd(tokens: Token[], first: number, j: number): boolean {
  const right = tokens[j + 2]!.text;
  if (/^\p{Lu}{2,}$/u.test(right)) return true;
  // "Hekla Genomics and Landspítali University Hospital": the left already ends in its head;
  // so does "Kessler Springs and Lincoln Elementary" in a place's.
  if (j > first && (isOrgHead(tokens[j]!.text) || PLACE_HEADS.has(tokens[j]!.text.toLowerCase())))
    return true;
  // Names are short: looking back a dozen tokens keeps a long chain of "and"s linear.
  const from = Math.max(first, j - 12);
  const of = tokens.slice(from, j).findIndex((t) => /^(?:of|for)$/.test(t.text));
  if (of < 0) return false;
  const tail = tokens.slice(from + of + 1, j + 1).filter((t) => t.text !== 'the');
  return tail.length > 0 && !!lookupPlace(tail.map((t) => t.text).join(' '));
}

function endsInOrgHead(tokens: Token[], k: number): boolean {
  while (isNameWord(tokens[k + 1])) k++;
  return isOrgHead(tokens[k]!.text);
}

export { stripPossessive } from './possessive.ts';
