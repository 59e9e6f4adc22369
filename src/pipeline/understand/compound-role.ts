import { isPersonRole } from './person-roles.ts';

/** Words after a role in a hyphenated title: "editor-in-chief", "secretary-general", "mayor-elect". */
const ROLE_FIRST = /^(\p{Ll}+)-(?:in-chief|at-large|general|elect|designate)$/u;
/** Prefixes before a role in a hyphenated title: "co-owner", "vice-chair", "ex-minister". */
const ROLE_LAST = /^(?:co|vice|ex|deputy|assistant|under|acting|joint)-(\p{Ll}+)$/u;

/**
 * A hyphenated title built on a role noun ("Its editor-in-chief, Marta Lind, said", "the vice-captain")
 * names a person's role as the noun itself would. Only the fixed title patterns count, so a
 * compound that merely contains a role word ("a head-to-head debate") is not one.
 */
export function isCompoundRole(word: string): boolean {
  const role = ROLE_FIRST.exec(word)?.[1] ?? ROLE_LAST.exec(word)?.[1];
  return !!role && isPersonRole(role);
}
