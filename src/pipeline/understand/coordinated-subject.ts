/** ", and the club's president, X, said": a comma and a conjunction, then a determiner. */
const COMMA_AND_NOUN_PHRASE = /,\s+(?:and|but)\s+(?=(?:the|a|an|his|her|its|their)\s)/gu;

/**
 * "Kartal had rejected two offers from Lindenau, and the club's president said …": after a comma,
 * "and"/"but" before a noun phrase coordinates a new clause with its own subject, so the names in
 * the first clause (an object here) are not candidates. Returns where the last such clause starts
 * before the verb, or `start` when there is none.
 */
export function coordinatedSubjectStart(text: string, start: number, verb: number): number {
  let best = start;
  for (const m of text.slice(start, verb).matchAll(COMMA_AND_NOUN_PHRASE))
    best = start + m.index + m[0].length;
  return best;
}
