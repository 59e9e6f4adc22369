import type { NameChunk } from './find-name-chunks.ts';

/** What a name says it is another name for. Indexes are into the paragraph's chunk list. */
export type AliasLink = { sameAs: number | null; describedAs: string | null };

/** "The Tagus, known as the Tajo", "the bridge, also called Old Span", "(dubbed the Cauldron)". */
const RENAMED =
  /^\s*[,(]?\s*(?:also\s+|locally\s+|widely\s+)?(?:known|referred\s+to)\s+(?:as|by\s+(?:its|their|the)\s+(?:\p{L}+\s+)?(?:initials|acronym|abbreviation))\s+(?:the\s+)?$|^\s*[,(]\s*(?:also\s+)?(?:called|dubbed|nicknamed)\s+(?:the\s+)?$/iu;
/** "PÖFF, short for Pimedate Ööde Filmifestival": the expansion names the same thing. */
const SHORT_FOR = /^\s*,?\s+(?:short|shorthand)\s+for\s+(?:the\s+)?$/i;
/** "… known as the Tajo in Spain and the Tejo in Portugal": the list goes on naming it. */
const AND_THE = /^\s*,?\s+(?:and|or)\s+(?:the\s+)?$/i;
/** "Locals call the festival PÖFF", "fans dubbed the stadium Fortress": a noun the text named. */
const CALL_THE =
  /\b(?:call|calls|called|calling|dub|dubs|dubbed|nickname|nicknames|nicknamed)\s+(?:the|this|that|its|their)\s+(\p{Ll}+)\s+$/u;
/** "The union, known by its Portuguese initials SNTF": initials given to a described thing. */
const INITIALS_OF_THE =
  /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(\p{Ll}+),\s+(?:also\s+|widely\s+)?known\s+by\s+(?:its|their|the)\s+(?:\p{L}+\s+)?(?:initials|acronym|abbreviation)\s+$/u;

/**
 * News text renames things in passing: "X, known as Y", "Y, short for X", "call the festival
 * Y". Each is an alias of the same entity, not a new one. The caller merges the clusters;
 * `describedAs` is resolved against the one named thing whose head noun it is.
 */
export function aliasLink(text: string, chunks: NameChunk[], i: number): AliasLink {
  const chunk = chunks[i]!;
  const prev = chunks[i - 1];
  const gap = prev ? text.slice(prev.end, chunk.start) : '';
  if (prev && (RENAMED.test(gap) || SHORT_FOR.test(gap)))
    return { sameAs: i - 1, describedAs: null };
  // The second name of "known as the Tajo in Spain and the Tejo in Portugal".
  const before = chunks[i - 2];
  if (
    prev &&
    before &&
    AND_THE.test(gap) &&
    /^\s+in\s+$/.test(text.slice(before.end, prev.start))
  ) {
    const earlier = chunks[i - 3];
    if (earlier && RENAMED.test(text.slice(earlier.end, before.start)))
      return { sameAs: i - 3, describedAs: null };
  }
  const lead = text.slice(Math.max(prev?.end ?? 0, chunk.start - 60), chunk.start);
  const called = CALL_THE.exec(lead) ?? INITIALS_OF_THE.exec(lead);
  return { sameAs: null, describedAs: called ? called[1]! : null };
}
