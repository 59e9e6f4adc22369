import { OTHER_HEADS } from './lexicon.ts';
import { isNameWord } from './name-word.ts';
import { lookupPlace } from './place-gazetteer.ts';
import type { Token } from './tokenize.ts';

/*
 * Where a run of capitalised words goes on past what makes a run: a number that opens it, a
 * country after a second "of", a numbered instrument, a bracketed word inside a law's title.
 */

/**
 * "17th Street Canal", "the 25 de Abril Bridge": a number opens the name of a numbered street
 * (an ordinal before a street word) or of a place named after a day ("25 de Abril", "9 de Julio").
 */
export function numberOpens(tokens: Token[], i: number): boolean {
  const number = tokens[i - 1];
  const first = tokens[i]!;
  if (!number || first.start - number.end !== 1 || /[\d$€£]/.test(tokens[i - 2]?.text ?? ''))
    return false;
  if (/^\d{1,3}(?:st|nd|rd|th)$/.test(number.text)) return STREET_WORDS.test(first.text);
  return (
    /^\d{1,2}$/.test(number.text) && /^(?:de|del)$/.test(first.text) && isNameWord(tokens[i + 1])
  );
}

/** The last token of a known place of one to three words starting at k that ends the run, or -1. */
export function placeAfterOf(text: string, tokens: Token[], k: number): number {
  for (let end = k; end < k + 3 && isNameWord(tokens[end]); end++)
    if (!isNameWord(tokens[end + 1]) && lookupPlace(text.slice(tokens[k]!.start, tokens[end]!.end)))
      return end;
  return -1;
}

export const LAW_WORDS =
  /^(?:Decree|Resolution|Regulation|Directive|Ordinance|Order|Law|Act|Bill)$/;

/** The last token of "(Amendment) Bill" opening at the bracket k, or -1 when it is no law's title. */
export function bracketInLaw(tokens: Token[], k: number): number {
  let end = k + 1;
  while (end < k + 4 && isNameWord(tokens[end])) end++;
  if (end === k + 1 || tokens[end]?.text !== ')') return -1;
  let last = end + 1;
  if (!isNameWord(tokens[last])) return -1;
  while (isNameWord(tokens[last + 1])) last++;
  return OTHER_HEADS.has(tokens[last]!.text.toLowerCase()) ? last : -1;
}

const STREET_WORDS = /^(?:Street|Avenue|Road|Boulevard|Lane|Drive|Parkway|Place|Terrace)$/;
