import { endsLikeSentence, wordsOf } from '../text-features.ts';
import { isUnnamedByline } from './unnamed-byline.ts';

export type TitleCandidate = { index: number; text: string };

/**
 * The headline among the lines above the first paragraph: 3-30 words, not a sentence ending in
 * a full stop. Mastheads and menus come first on a page and the headline last, right above the
 * byline and body, so the last such line wins; a line whose text a later line repeats and
 * extends (a caption that restates the headline) wins over that. `belowMetadata` is the line
 * right under the date line, for pages that date a story above its headline.
 */
export function pickTitle(
  candidates: TitleCandidate[],
  repeatedLater: (text: string) => boolean,
  aboveMetadata = -1,
  belowMetadata: TitleCandidate | null = null,
): TitleCandidate | null {
  // Taglines ("software, machines and the people…") start in lower case; headlines do not.
  // Scripts without case (Arabic, Hebrew, CJK: \p{Lo}) have no lower case to rule a line out.
  const capitalised = candidates.filter(
    ({ text }) => isCapitalised(text) && !isUnnamedByline(text),
  );
  const direct = capitalised.find((c) => c.index === aboveMetadata && wordsOf(c.text).length <= 35);
  if (direct && wordsOf(direct.text).length >= 3) return overStandfirst(direct, capitalised);
  // "News Release / Monday, October 20, 2025 / Headline": nothing headline-like sits over the
  // date line (a kicker at most), so the headline-shaped line right under it is the headline.
  if (belowMetadata && isCapitalised(belowMetadata.text) && isHeadlineShaped(belowMetadata.text))
    return belowMetadata;
  const headlines = capitalised.filter(({ text }) => isHeadlineShaped(text));
  const chosen = headlines.find((c) => repeatedLater(c.text)) ?? headlines[headlines.length - 1];
  return chosen ? overStandfirst(chosen, headlines) : null;
}

function isCapitalised(text: string): boolean {
  return /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'«„]/u.test(text);
}

/** 3-30 words, not a sentence; "… soaks B.C." ends in an abbreviation, not a full stop. */
function isHeadlineShaped(text: string): boolean {
  const words = wordsOf(text);
  if (words.length < 3 || words.length > 30) return false;
  return (
    !endsLikeSentence(text) || /[?!]["'”’]?$/.test(text) || /(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(text)
  );
}

/**
 * A headline with its standfirst: two headline-shaped lines of five words or more, one right
 * under the other, above the byline. The upper one is the headline; a kicker ("Politics", "Cost
 * of living") is too short to be taken for it.
 */
function overStandfirst(chosen: TitleCandidate, candidates: TitleCandidate[]): TitleCandidate {
  const upper = candidates.find((c) => c.index === chosen.index - 1);
  const long = (c: TitleCandidate) => wordsOf(c.text).length >= 5;
  // "BREAKING: Ramp closed overnight" above the headline is a ticker, not the headline.
  const ticker = upper !== undefined && /^\p{Lu}{3,}\s*:/u.test(upper.text);
  return upper && !ticker && long(upper) && long(chosen) && isHeadlineShaped(upper.text)
    ? upper
    : chosen;
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
