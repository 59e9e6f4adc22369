/**
 * Cheap, language-light evidence about one line of text, used to tell article prose from page
 * furniture without knowing any site (jusText-style: length, sentence shape, stop-word density).
 */

const STOP_WORDS = new Set(
  (
    'a about after against all also an and any are as at be been before being between both but by ' +
    'can could did do does during each for from had has have he her here him his how i if in into ' +
    'is it its just more most my no not of on once only or other our out over said says she so some ' +
    'such than that the their them then there these they this those through to under until up was ' +
    'we were what when where which while who whom why will with would you your'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Ends like a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim());
}

/** Article prose: long enough and shaped like running text, not a label or a headline. */
export function isProse(text: string): boolean {
  const words = wordsOf(text);
  if (words.length >= 25) return true;
  if (words.length < 6) return false;
  if (isTitleCase(words)) return false;
  // Question headlines and subheadings ("Why are some countries worried?") are not running text.
  if (/\?["'”’)]*$/.test(text.trim()) && words.length < 12) return false;
  return endsLikeSentence(text) && (words.length >= 10 || englishStopWordRatio(words) >= 0.15);
}

/**
 * The share of English function words, leaving out "a" and "I", which are words in many other
 * languages too: a short closing line such as an Irish or Latin blessing has none.
 */
export function englishStopWordRatio(words: string[]): number {
  if (words.length === 0) return 0;
  const stops = words.filter((w) => STOP_WORDS.has(w.toLowerCase()) && !/^(?:a|i)$/i.test(w));
  return stops.length / words.length;
}

/** A short line that reads like a label or headline: few words, no sentence ending. */
export function isShortLabel(text: string, maxWords = 8): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.length <= maxWords && !endsLikeSentence(text);
}

export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** Fewest capitalised content words for a line to count as written in Title Case. */
const MIN_TITLE_CASE_WORDS = 5;

/**
 * "Global Business and Financial News, Stock Quotes, and Market Data and Analysis.": every word
 * but the function words capitalised. That is how a site describes itself in its footer or a
 * headline is styled, not how a sentence runs, even when it ends in a full stop. Words with a
 * digit ("2,500") say nothing either way.
 */
export function isTitleCase(words: string[]): boolean {
  const content = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()) && !/\d/.test(w));
  return content.length >= MIN_TITLE_CASE_WORDS && content.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w));
}
