import { andJoinsName, glossedByInitials } from './and-joins-name.ts';
import { isCommonWord } from './common-words.ts';
import { endsInLowerSuffix } from './lower-suffix.ts';
import { foreignRunEnd } from './foreign-run-end.ts';
import { COMMON_ACRONYMS, OF_HEADS, PLACE_HEADS } from './lexicon.ts';
import { listBeforeAcronym } from './list-before-acronym.ts';
import { isCalendar } from './make-chunk.ts';
import { makeChunks } from './make-chunks.ts';
import { isNameWord, isParticle, isVietnameseRun } from './name-word.ts';
import { bracketInLaw, LAW_WORDS, numberOpens, placeAfterOf } from './name-run-extensions.ts';
import { MODEL_CODE, NUMBERED_NAME, numberFollows } from './numbered-names.ts';
import { isOrgHead } from './org-heads.ts';
import { lookupPlace } from './place-gazetteer.ts';
import { POSSESSIVE } from './possessive.ts';
import { pluralPossessiveInName } from './possessive-in-name.ts';
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
      !endsInLowerSuffix(tokens[j]!.text)
    ) {
      const next = tokens[j + 1];
      const elided = next !== undefined && /^[dl]['’]\p{Lu}/u.test(next.text);
      const list = next?.text === ',' ? commaListEnd(tokens, i, j, ofName, portfolio) : -1;
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
      } else if (next?.text === '(' && bracketInLaw(tokens, j + 1) > 0) {
        // "Mineral Royalty (Amendment) Bill": a law's title may bracket a word.
        j = bracketInLaw(tokens, j + 1);
      } else if (LAW_WORDS.test(tokens[j]!.text) && /^\d{1,4}[-/]\d{1,5}$/.test(next?.text ?? '')) {
        // "Decree 2025-117", "Regulation 2019/1020": a numbered instrument ends at its number.
        j++;
        break;
      } else if (
        (isParticle(next) || isVietnameseRun(tokens, j + 1)) &&
        foreignRunEnd(tokens, j + 1) > j + 1
      ) {
        // ("Trung tâm Khuyến nông": Vietnamese, whose letters English never uses.)
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
      } else if (ofName && next?.text === 'of' && placeAfterOf(text, tokens, j + 2) > 0) {
        // "Chamber of Mines of Zambia": a second "of" adds the country the body belongs to.
        j = placeAfterOf(text, tokens, j + 2);
      } else if (list > 0) {
        j = list;
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
    chunks.push(...makeChunks(text, tokens, numberOpens(tokens, i) ? i - 1 : i, j, paragraph));
    i = j + 1;
  }
  return chunks;
}

const PORTFOLIO_HEADS =
  /^(?:Ministry|Department|Minister|Secretary|Office|Commissioner|Committee|Subcommittee)$/;

function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1 && !/^\p{N}/u.test(b.text);
}

/**
 * The last token of a comma list that continues the name ending at j, or -1: after "X of", a
 * list before a parenthesised acronym (or any list after a portfolio); with or without "X of",
 * a list the acronym spells out ("Advisory, Conciliation and Arbitration Service (Acas)").
 */
function commaListEnd(
  tokens: Token[],
  first: number,
  j: number,
  ofName: boolean,
  portfolio: boolean,
): number {
  const afterOf = ofName ? listBeforeAcronym(tokens, j + 1, portfolio) : -1;
  if (afterOf > 0) return afterOf;
  const end = listBeforeAcronym(tokens, j + 1, true);
  return end > 0 && glossedByInitials(tokens, first, end) ? end : -1;
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
  // "Kafue Copper and Lumwana Resources": two names of two words or more each are two
  // companies; a name that lists its subjects has one word before "and" ("Food and Drug
  // Administration", "Arts and Humanities Research Council").
  // An everyday word after "and" continues a list of subjects ("Polish Investment and Trade
  // Agency", "Canada Mortgage and Housing Corporation"); a proper word opens the second name.
  if (of < 0)
    return (
      tokens.slice(first, j + 1).filter((t) => t.text !== 'The').length > 1 &&
      isNameWord(tokens[j + 3]) &&
      !isCommonWord(tokens[j + 2]!.text.toLowerCase()) &&
      !glossedByInitials(tokens, first, lastNameWord(tokens, j + 3))
    );
  const tail = tokens.slice(from + of + 1, j + 1).filter((t) => t.text !== 'the');
  return tail.length > 0 && !!lookupPlace(tail.map((t) => t.text).join(' '));
}

function lastNameWord(tokens: Token[], k: number): number {
  while (isNameWord(tokens[k + 1])) k++;
  return k;
}

function endsInOrgHead(tokens: Token[], k: number): boolean {
  // (Through a plural possessive inside the name: "Harris Ferry Users’ Group".)
  for (let steps = 0; steps < 12; steps++) {
    if (isNameWord(tokens[k + 1])) k++;
    else if (pluralPossessiveInName(tokens, k)) k += /['’]$/.test(tokens[k + 1]!.text) ? 2 : 1;
    else break;
  }
  return isOrgHead(tokens[k]!.text);
}

export { stripPossessive } from './possessive.ts';
