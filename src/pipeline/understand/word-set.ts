/** A word list written as one whitespace-separated string, as the lexicon files write theirs. */
export const wordSet = (list: string): Set<string> => new Set(list.trim().split(/\s+/));
