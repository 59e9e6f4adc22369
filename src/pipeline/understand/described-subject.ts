import { isPersonRole } from './person-roles.ts';
import { roleKey } from './role-words.ts';

/** "The minister said", "The energy minister also told": up to three words after "The", then a
 * lower-case word (the verb or an adverb), no comma or name between. */
const THE_WORDS = /^\s*The\s+((?:[\p{Ll}-]+\s+){1,4})/u;

/**
 * The role noun of a sentence whose subject is a definite description of a person ("The minister
 * said …" → "minister"), as the role key the entity facts use; null when the sentence opens any
 * other way ("The minister, Ana Ruiz, said", "The ministry said", "The minister's office said").
 */
export function describedSubject(sentence: string): string | null {
  const m = THE_WORDS.exec(sentence);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  for (let i = 0; i < Math.min(3, words.length - 1); i++) {
    const key = roleKey(words[i]!);
    if (isPersonRole(key) && !isPersonRole(roleKey(words[i + 1]!))) return key;
  }
  return null;
}
