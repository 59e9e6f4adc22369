import { endsLikeSentence, wordsOf } from '../text-features.ts';

export type TitleCandidate = { index: number; text: string };

/**
 * The headline among the lines above the first paragraph: 3-30 words, not a sentence ending in
 * a full stop. Mastheads and menus come first on a page and the headline last, right above the
 * byline and body, so the last such line wins; a line whose text a later line repeats and
 * extends (a caption that restates the headline) wins over that.
 */
export function pickTitle(
  candidates: TitleCandidate[],
  repeatedLater: (text: string) => boolean,
  aboveMetadata = -1,
): TitleCandidate | null {
  // Taglines ("software, machines and the people…") start in lower case; headlines do not.
  // Scripts without case (Arabic, Hebrew, CJK: \p{Lo}) have no lower case to rule a line out.
  const capitalised = candidates.filter(({ text }) =>
    /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'«„]/u.test(text),
  );
  const direct = capitalised.find((c) => c.index === aboveMetadata && wordsOf(c.text).length <= 35);
  if (direct && wordsOf(direct.text).length >= 3) return direct;
  const headlines = capitalised.filter(({ text }) => {
    const words = wordsOf(text);
    if (words.length < 3 || words.length > 30) return false;
    return !endsLikeSentence(text) || /[?!]["'”’]?$/.test(text);
  });
  return headlines.find((c) => repeatedLater(c.text)) ?? headlines[headlines.length - 1] ?? null;
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
