import { splitSentences } from './split-sentences.ts';

/** A word or punctuation mark with its offsets in the paragraph. */
export type Token = {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** First word of a sentence or of a quotation: capitalised by position, not as a name. */
  initial: boolean;
  isWord: boolean;
};

/**
 * Dotted initialisms ("U.S.") stay one token, as do apostrophe and hyphen compounds ("O'Brien",
 * "Al-Khatib", "Lindqvist’s"); everything else that is not a letter or digit is its own token.
 */
const TOKEN =
  /(?:\p{Lu}\.){2,}|(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr)\.(?=\s\p{Lu})|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const sentenceStarts = new Set(splitSentences(text).map((s) => s.start));
  const tokens: Token[] = [];
  let afterOpener = true;
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const isWord = /[\p{L}\p{N}]/u.test(word);
    const start = match.index;
    if (!isWord) {
      // Opening quotes, dashes and colons start a fresh clause whose first word is capitalised.
      if (/["“‘(—–:]/.test(word) || (word === "'" && /\s|^/.test(text[start - 1] ?? '')))
        afterOpener = true;
      tokens.push({
        text: word,
        start,
        end: start + word.length,
        cap: false,
        initial: false,
        isWord,
      });
      continue;
    }
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      cap: /^\p{Lu}/u.test(word),
      initial: afterOpener || sentenceStarts.has(start),
      isWord,
    });
    afterOpener = false;
  }
  return tokens;
}
