import { PARTICLES } from './lexicon.ts';
import type { Token } from './tokenize.ts';

/**
 * "al-Masri", "el-Sayed", "bin-Laden": an Arabic surname keeps its article in lower case, joined
 * by a hyphen to the capitalised name.
 */
const PREFIXED_SURNAME = /^(?:al|el|as|ash|ad|adh|an|ar|at|az|bin|ibn|abu|abd|bou|ben)-\p{Lu}/u;
export const isPrefixedSurname = (word: string) => PREFIXED_SURNAME.test(word);

/** A capitalised word that can be part of a name (not a number). */
export const isNameWord = (t: Token | undefined): t is Token =>
  !!t && t.isWord && (t.cap || PREFIXED_SURNAME.test(t.text)) && !/^\p{N}/u.test(t.text);

/** A lower-case name particle ("de", "van", "al"). */
export const isParticle = (t: Token | undefined) => !!t && PARTICLES.has(t.text);

/**
 * "Trung tâm Khuyến nông": a lower-case word that opens a run in which some word has a letter
 * only Vietnamese writes (ơ, ư, ă, đ, and the vowels with a dot below or a hook above). French
 * "fête" or "côte" has none of those.
 */
export function isVietnameseRun(tokens: Token[], i: number): boolean {
  if (!tokens[i]?.isWord || !/^\p{Ll}/u.test(tokens[i]!.text)) return false;
  for (let k = i; k < i + 4 && tokens[k]?.isWord; k++)
    if (/[ơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(tokens[k]!.text)) return true;
  return false;
}
