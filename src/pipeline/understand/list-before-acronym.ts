import { isNameWord } from './name-word.ts';
import type { Token } from './tokenize.ts';

/**
 * "National Union of Rail, Maritime and Transport Workers (RMT)": after "X of", a comma list of
 * capitalised words that ends in "and …" right before a parenthesised acronym is one name; after
 * a government portfolio ("Department of Agriculture, Fisheries and Forestry") it is one name
 * without the acronym too. With `anyEnd` (a portfolio, or a caller that checks the initials
 * itself) the list may end without the bracket. Returns the index of its last token, or -1.
 */
export function listBeforeAcronym(tokens: Token[], comma: number, anyEnd = false): number {
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
  if (anyEnd && sawAnd) return k - 1;
  const short = tokens[k + 1]?.text ?? '';
  const closed = tokens[k + 2]?.text === ')';
  return sawAnd && tokens[k]?.text === '(' && closed && /^\p{Lu}[\p{L}]{1,9}$/u.test(short)
    ? k - 1
    : -1;
}
