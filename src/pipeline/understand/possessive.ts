/** A possessive ending on a token ("Okoro's", "Tuesday’s"), straight or curly: not part of the name. */
export const POSSESSIVE = /['’][sS]$/u;

export function stripPossessive(word: string): string {
  return word.replace(POSSESSIVE, '');
}
