import type { Discourse } from './discourse.ts';
import { isQuoted } from './discourse.ts';
import { isPersonRole } from './person-roles.ts';
import { roleKey } from './role-words.ts';

/**
 * "whose leader, Ana Ruiz, had said" (up to the verb): a relative clause whose subject is a role
 * noun with the name set off after it. The comma pair makes the name look like an aside, but it is
 * the role's holder and so the verb's subject.
 */
const WHOSE_ROLE_NAME =
  /\bwhose\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s+([^,;:“”"]+),\s+(?:\p{Ll}+\s+){0,2}$/u;

/** The person named after "whose <role>," right before a speech verb at `verb`; else null. */
export function whoseAppositive(
  d: Discourse,
  paragraph: number,
  start: number,
  verb: number,
): string | null {
  const text = d.texts[paragraph]!;
  const m = WHOSE_ROLE_NAME.exec(text.slice(start, verb));
  if (!m || !isPersonRole(roleKey(m[1]!))) return null;
  const nameStart = start + m.index + m[0].indexOf(m[2]!, m[0].indexOf(','));
  const nameEnd = nameStart + m[2]!.length;
  const mention = (d.mentions[paragraph] ?? []).find(
    (x) => x.start === nameStart && x.end === nameEnd,
  );
  if (!mention || mention.type !== 'person' || isQuoted(d, paragraph, mention.start)) return null;
  return mention.entityId;
}
