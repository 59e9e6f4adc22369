/** Joining words that stay in lower case inside a name ("Friends of the Earth"). */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to']);

/**
 * An all-capitals label in ordinary title case, for when the page never writes it otherwise:
 * "THE ISLAND HERALD" → "The Island Herald", "ASIA-PACIFIC" → "Asia-Pacific". A word without a
 * vowel is an acronym or call sign and stays in capitals ("KFRN NEWS" → "KFRN News").
 */
export function ordinaryCase(label: string): string {
  return label
    .split(' ')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && MINOR_WORDS.has(lower)) return lower;
      if (!/[AEIOUYÀ-ÖØ-Ý]/u.test(word)) return word;
      return lower.replace(
        /(^|[-/])(\p{Ll})/gu,
        (_m, sep: string, ch: string) => sep + ch.toUpperCase(),
      );
    })
    .join(' ');
}
