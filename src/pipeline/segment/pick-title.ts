import { endsLikeSentence, stopWordRatio, wordsOf } from '../text-features.ts';

export type TitleCandidate = { index: number; text: string };

/**
 * The headline among the lines above the first paragraph. Headlines are 3-30 words, not a
 * sentence ending in a full stop, usually right above the byline or body, and often repeated
 * (in an image caption or a share title). Returns the chosen candidate or null.
 */
export function pickTitle(
  candidates: TitleCandidate[],
  bodyStart: number,
  repeated: (text: string) => boolean,
): TitleCandidate | null {
  let best: { candidate: TitleCandidate; score: number } | null = null;
  for (const candidate of candidates) {
    const words = wordsOf(candidate.text);
    if (words.length < 3 || words.length > 30) continue;
    if (endsLikeSentence(candidate.text) && !/[?!]["'”’]?$/.test(candidate.text)) continue;
    let score = Math.min(words.length, 14);
    if (stopWordRatio(words) > 0) score += 4;
    if (repeated(candidate.text)) score += 10;
    // Closer to the body is more likely the headline than a leftover menu line.
    score -= Math.min(bodyStart - candidate.index, 10) * 0.5;
    if (!best || score > best.score) best = { candidate, score };
  }
  return best?.candidate ?? null;
}

/** "Headline | The Daily Post" → headline and site name; other titles unchanged. */
export function splitTitleSuffix(title: string): { title: string; suffix: string | null } {
  const match = /^(.{10,}?)\s+\|\s+([^|]{2,40})$/.exec(title);
  if (match && match[2]!.split(/\s+/).length <= 4)
    return { title: match[1]!.trim(), suffix: match[2]!.trim() };
  return { title, suffix: null };
}

/** When a page has no headline line, the first sentence of the body stands in, shortened. */
export function titleFromBody(firstParagraph: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(firstParagraph)?.[0] ?? firstParagraph;
  const words = sentence.split(/\s+/);
  return words.length <= 14 ? sentence.replace(/[.]$/, '') : `${words.slice(0, 12).join(' ')}…`;
}
