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
 * Dotted initialisms ("U.S."), a middle initial between names ("Raymond T. Okoro"), a US
 * state abbreviation after a comma ("Baton Rouge, La.") and a legal form whose dot does not end
 * the sentence ("Halvorsen Biologics Inc., a company": the name is written with it) stay one token, as do apostrophe and
 * hyphen compounds ("O'Brien", "Al-Khatib", "Lindqvist’s"); everything else that is not a letter
 * or digit is its own token.
 */
const TOKEN =
  /(?:\p{Lu}\.){2,}|(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr|Gov|Sen|Rep|Prof|Gen|Col|Capt|Sgt|Lt|Supt|Insp|Det|Cllr|Coun|Rev|Hon|Fr)\.(?=\s\p{Lu})|(?:Inc|Ltd|Corp|Co|Lda|Ltda|Bros)\.(?=[,;:)]|\s+\p{Ll})|\p{Lu}\.(?<=\p{Lu}[\p{Ll}\p{M}'’-]+\s\p{Lu}\.)(?=\s\p{Lu}\p{Ll})|\p{Lu}\/\p{Lu}(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

const STATES = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo'.split(
    ' ',
  ),
);

export function tokenize(text: string): Token[] {
  const sentenceStarts = new Set(splitSentences(text).map((s) => s.start));
  const tokens: Token[] = [];
  let afterOpener = true;
  let covered = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index < covered) continue; // the dot already joined the word before
    let word = match[0];
    // "Baton Rouge, La.": the state abbreviation keeps its dot.
    if (
      STATES.has(word) &&
      text[match.index + word.length] === '.' &&
      text[match.index - 2] === ','
    )
      word += '.';
    covered = match.index + word.length;
    const isWord = /[\p{L}\p{N}]/u.test(word);
    const start = match.index;
    if (!isWord) {
      // Opening quotes, dashes and colons start a fresh clause whose first word is capitalised.
      // A hyphen between spaces is a dash too ("PARIS (AP) - City officials …").
      const spacedHyphen =
        word === '-' && /\s/.test(text[start - 1] ?? '') && /\s/.test(text[start + 1] ?? '');
      if (
        /["“‘(—–:]/.test(word) ||
        spacedHyphen ||
        (word === "'" && /\s|^/.test(text[start - 1] ?? ''))
      )
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
      // "(Reuters)": one word alone in brackets is capitalised as a name, not by position.
      initial:
        (afterOpener && !(text[start - 1] === '(' && text[start + word.length] === ')')) ||
        sentenceStarts.has(start),
      isWord,
    });
    afterOpener = false;
  }
  return tokens;
}
