import { isCommonWord } from './common-words.ts';
import { isNameWord, isParticle } from './name-word.ts';
import type { Token } from './tokenize.ts';

/** Latin tags English keeps in lower case after "de": "de facto", "de jure", "de novo". */
const LATIN = /^(?:facto|jure|novo|rigueur|trop|luxe|force|minimis|vivre)$/;

/**
 * After a particle at `i`: the last token of a run of particles, lower-case words English does
 * not have and capitalised words, when the run holds at least one such foreign word ("des
 * quartiers", "des élections de Montréal"); else -1. An English word ends it.
 */
export function foreignRunEnd(tokens: Token[], i: number): number {
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
