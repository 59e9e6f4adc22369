import { isNameWord } from './name-word.ts';
import { isOrgHead } from './org-heads.ts';
import { POSSESSIVE } from './possessive.ts';
import { TITLES } from './titles.ts';
import type { Token } from './tokenize.ts';

const STREETS =
  /^(?:Road|Street|Avenue|Lane|Square|Park|Bridge|Cross|Court|Green|Hill|Way|Place|Gardens|Quay|Wharf|Row)$/;

const PLURAL_POSSESSOR = /^(?:\p{Lu}\p{Ll}+s|Women|Men|Children|People)$/u;

/** Token j is a plural possessor ("Farmers" + "’", "Women’s") before an organisation head. */
export function pluralPossessiveInName(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  const mark = tokens[j + 1];
  if (PLURAL_POSSESSOR.test(t.text) && (mark?.text === '’' || mark?.text === "'")) {
    const head = tokens[j + 2];
    return !!head && mark.start === t.end && isNameWord(head) && headWithin(tokens, j + 2);
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
  return !!m && !!head && isNameWord(head) && headWithin(tokens, j + 1);
}

/** "Women’s Institute", "Women’s Football Association": an organisation head within a few words. */
function headWithin(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && isNameWord(tokens[k]); k++)
    if (isOrgHead(tokens[k]!.text)) return true;
  return false;
}
