/**
 * "She left the club in May and told friends that …": a speech verb right after "and"
 * or "but" (an adverb may stand between) with no subject of its own continues the verb phrase
 * of the clause's opening pronoun, so that pronoun is its subject. No semicolon, colon or
 * quotation mark may lie between: those start something else. Returns the pronoun and its
 * offset in the region, or null.
 */
const SHARED_SUBJECT =
  /^\s*(he|she)\s+\p{Ll}[^;:“”"]*?[\s,](?:and|but)\s+(?:(?:also|then|later|\p{Ll}{3,}ly)\s+)?$/iu;

export function sharedSubjectPronoun(region: string): { word: 'he' | 'she'; at: number } | null {
  const m = SHARED_SUBJECT.exec(region);
  if (!m) return null;
  return { word: m[1]!.toLowerCase() as 'he' | 'she', at: m.index + m[0].indexOf(m[1]!) };
}
