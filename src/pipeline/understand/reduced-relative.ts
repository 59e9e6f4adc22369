/**
 * A noun phrase, then the relative clause's subject right before the verb. The noun phrase has
 * no preposition: in "a friend of Ana Ruiz told …" the name is not a subject, the friend is.
 */
const REDUCED_RELATIVE =
  /(?:^|[\s,;—–])(?:a|an|another|one)\s+(?:(?!(?:of|for|to|with|at|from|by|in|on|about|near|close|behind)\s)[\p{Ll}-]+\s+){1,3}?(?:that\s+|which\s+)?(the\s+\p{Ll}+|he|she|they|we|\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s+$/u;

/**
 * "…, a trend Ana Ruiz called “…”", "a move the union described as “…”": a noun followed by a
 * relative clause without "that" whose own subject stands right before the speech verb. That
 * subject, not the sentence's, is the speaker, so the subject search starts there. Returns the
 * offset where the relative clause's subject starts, or null when the words before the verb do
 * not have that shape.
 */
export function reducedRelativeStart(text: string, start: number, verb: number): number | null {
  const region = text.slice(start, verb);
  const m = REDUCED_RELATIVE.exec(region);
  if (!m) return null;
  const trailing = m[0].length - m[0].trimEnd().length;
  return start + m.index + m[0].length - trailing - m[1]!.length;
}
