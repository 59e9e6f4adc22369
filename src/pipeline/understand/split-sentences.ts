import { MONTH_ABBREVIATIONS } from './calendar-words.ts';

/** A sentence as offsets into its paragraph (end exclusive, trailing spaces excluded). */
export type SentenceSpan = { start: number; end: number };

/**
 * Abbreviations that end in a period without ending a sentence. A splitter that breaks on "U.S."
 * or "Dr." wrecks every stage downstream (names, speakers and date sentences all go wrong).
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'cpl',
  'adm',
  'maj',
  'cmdr',
  ...MONTH_ABBREVIATIONS,
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thurs',
  'fri',
  'sat',
  'sun',
  'no',
  'nos',
  'vs',
  'v',
  'etc',
  'approx',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'dept',
  'univ',
  'assn',
  'ave',
  'blvd',
  'rd',
  'fig',
  'vol',
  'pp',
  'op',
  'cf',
  'al',
  'e.g',
  'i.e',
]);

/** Abbreviations that may still end a sentence when a capitalised word follows ("… Inc. The"). */
const MAY_END = new Set(['inc', 'ltd', 'co', 'corp', 'etc', 'bros', 'jr', 'sr']);

/**
 * Splits a paragraph into sentences. A boundary is ".", "!" or "?" (plus closing quotes and
 * brackets) followed by space and an upper-case letter, digit or opening quote, unless the word
 * before the period is a known abbreviation or a dotted initialism ("U.S.", "J.") followed by a
 * name-like word. Linear in the paragraph length.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && !endsSentence(text, match.index, end)) continue;
    if (end > start) spans.push({ start, end });
    start = skipSpace(text, end);
  }
  const last = trimEnd(text, text.length);
  if (last > start) spans.push({ start, end: last });
  return spans;
}

function endsSentence(text: string, dot: number, end: number): boolean {
  if (end > dot + 1) return true; // "." followed by a closing quote or bracket
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  const word = before?.[1] ?? '';
  const lower = word.toLowerCase();
  const next = /^\s+(\S+)/.exec(text.slice(end, end + 30))?.[1] ?? '';
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return isFunctionWord(next); // "U.S" + "." ; "U.S. The"
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  // "No. 10" is a number sign; "said no. It" ends a sentence.
  if (lower === 'no' || lower === 'nos') return !/^\d/.test(next);
  if (ABBREVIATIONS.has(lower)) return MAY_END.has(lower) && isFunctionWord(next);
  return true;
}

/** Words that start sentences but never continue a name after an abbreviation. */
function isFunctionWord(word: string): boolean {
  return /^(?:The|A|An|It|He|She|They|We|I|In|On|At|But|And|This|That|Its|Their|His|Her|There|Some|As|If|When|While|After|Before)$/.test(
    word.replace(/[^\p{L}]/gu, ''),
  );
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}
