/**
 * Quotation marks and apostrophes come curly, straight or as primes depending on the site. Rules
 * match against a copy where each is mapped to its ASCII twin one code unit for one code unit, so
 * every offset found in the copy is also an offset into the original paragraph text.
 */
const MARKS: Record<string, string> = {
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
};

export function normaliseMarks(text: string): string {
  return text.replace(
    /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2018\u2019\u201A\u201B\u2032]/g,
    (c) => MARKS[c] ?? c,
  );
}

/** Which side a curly mark opens or closes; straight marks are decided by position instead. */
export function curlyRole(char: string): 'open' | 'close' | null {
  if (char === '\u201C' || char === '\u201E' || char === '\u00AB' || char === '\u2018')
    return 'open';
  if (char === '\u201D' || char === '\u00BB' || char === '\u2019') return 'close';
  return null;
}
