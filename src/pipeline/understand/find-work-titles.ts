import type { NameChunk } from './find-name-chunks.ts';

const NICKNAME_BEFORE =
  /\b(?:call|calls|called|calling|nicknamed)\s+(?:me|him|her|them|us|you|himself|herself|themselves)\s*$/i;
const SMALL = /^(?:a|an|the|of|and|in|on|at|to|for|or|with|from|by)$/;

/**
 * A Title-Case phrase standing alone in quotation marks ("The Salt Orchard") names a work: a play,
 * book, film or report. It is an entity of type `other`, and the quote finder skips it.
 */
export function findWorkTitles(text: string, paragraph: number): NameChunk[] {
  const out: NameChunk[] = [];
  // An apostrophe inside a word ("Byrne's") neither opens nor closes a quotation.
  for (const m of text.matchAll(
    /(?:["“]|(?<!\p{L})['‘])([^"“”‘’']{2,80})(?:["”]|['’](?!\p{L}))/gu,
  )) {
    // American style puts the sentence's comma inside the marks: "“River of Cups,” was built".
    const inner = m[1]!.replace(/(?<=\p{L}),$/u, '');
    // "called me ‘Auntie Peg’": a nickname someone is called, not a work.
    if (NICKNAME_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const words = inner.split(/\s+/);
    if (words.length > 8 || /[.,;:!?]$/.test(inner)) continue;
    const titled = words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.test(w)));
    if (!titled || !/\p{Lu}/u.test(words[0] ?? '')) continue;
    if (words.length === 1 && !/\s/.test(inner) && inner.length < 3) continue;
    const start = m.index + 1;
    const after = text.slice(start + inner.length + 1);
    out.push({
      paragraph,
      start,
      end: start + inner.length,
      name: inner,
      surface: inner,
      titles: [],
      possessive: /^['’]s\b/.test(after),
      uncertain: false,
      lowerHead: null,
      tokenIndex: -1,
      tokenEnd: -1,
    });
  }
  return out;
}
