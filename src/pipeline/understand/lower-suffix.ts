import { isCommonWord } from './common-words.ts';

const LOWER_SUFFIX = /-(\p{Ll}[\p{L}-]*)$/u;

/** Short English words that qualify a name after a hyphen; longer ones go by the word list. */
const SHORT = /^(?:led|run|era|ran|age|set|old|day|bid|tie|war|way|cap|fan|law)$/;

/**
 * "Chicago-based", "Ruiz-led", "Obama-era": an English word after the hyphen qualifies the name
 * and ends it; "Han Dong-wook", "Park Ji-woo" are names with a lower-case second part. Korean
 * syllables can spell short English words ("woo", "ho"), so those count only from a short list.
 */
export function endsInLowerSuffix(word: string): boolean {
  const suffix = LOWER_SUFFIX.exec(word)?.[1];
  return (
    suffix !== undefined &&
    suffix.split('-').every((part) => (part.length > 3 ? isCommonWord(part) : SHORT.test(part)))
  );
}
