/**
 * A fronted adverbial clause or phrase ("When Okafor called the vote, a man shouted", "In a
 * statement to the exchange on Monday, the board said"): the subject comes after its comma, so
 * the names inside it are not candidates.
 */
const FRONTED =
  /^(?:When|Whenever|While|After|Before|As|Since|Although|Though|If|Once|Because|Until|In|On|At|During|Following|Despite|Asked|Speaking|Earlier|Later|Meanwhile)(?![\p{L}\p{M}])[^,;:“”"]*,\s+(?=\S)/u;

/** "…, and said …" / "…; she said": a coordinated clause starts a new subject. */
export function clauseStart(text: string, start: number, cue: number): number {
  const fronted = FRONTED.exec(text.slice(start, cue));
  if (fronted) start += fronted[0].length;
  const region = text.slice(start, cue);
  let best = start;
  for (const m of region.matchAll(/(?:;|\band\b|\bbut\b)\s+/g)) {
    const rest = region.slice(m.index + m[0].length);
    // Only when a new subject follows (a name or pronoun), not "said X and that Y".
    if (/^(?:he|she|they|\p{Lu})/u.test(rest)) best = start + m.index + m[0].length;
  }
  return best;
}
