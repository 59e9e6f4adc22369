const SMALL = /^(?:a|an|the|of|and|in|on|at|to|for|or|with|from|by|into|vs)$/;

/**
 * "Health Information", "Grants & Funding", "News Releases", "Turning Discovery Into Health":
 * a short line of capitalised words with no sentence punctuation is a heading or a menu item that
 * reached the body. Like a Title-Case caption, its capitals cannot tell names from words, so it
 * is not read for names (a real paragraph is made of sentences).
 */
export function isHeadingLine(text: string): boolean {
  const line = text.trim();
  if (line === '' || /[.!?:;,"“”'’]$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 8) return false;
  return words.every((w, i) => {
    const word = w.replace(/^[^\p{L}\p{N}]+/u, '');
    return word === '' || /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && SMALL.test(word));
  });
}
