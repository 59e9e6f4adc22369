import { PARTICLES } from './lexicon.ts';
import type { Token } from './tokenize.ts';

/** A capitalised word that can be part of a name (not a number). */
export const isNameWord = (t: Token | undefined): t is Token =>
  !!t && t.isWord && t.cap && !/^\p{N}/u.test(t.text);

/** A lower-case name particle ("de", "van", "al"). */
export const isParticle = (t: Token | undefined) => !!t && PARTICLES.has(t.text);
