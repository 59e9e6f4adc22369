import { isQuoted, type Discourse } from './discourse.ts';
import { isPersonRole } from './person-roles.ts';

/** Playing positions a sports report uses as a second reference ("the French centre"). */
const POSITIONS = new Set(
  `centre center fly-half scrum-half hooker prop lock flanker wing full-back fullback no 8
  quarterback pitcher catcher shortstop guard sprinter batsman batter bowler all-rounder spinner
  seamer opener wicketkeeper skipper rookie youngster teenager veteran newcomer`.split(/\s+/),
);

/**
 * A second reference by epithet: "the" with an age ("the 34-year-old") or a capitalised
 * nationality adjective before a person noun ("the French centre", "the Kenyan runner"). News
 * style uses it for someone just introduced, never to bring in someone new.
 */
const EPITHET =
  /^\s*the\s+(?:(\d{1,3}-year-old)(?:\s+([\p{Ll}-]+))?|\p{Lu}\p{Ll}+\s+([\p{Ll}-]+))\s*$/u;

/**
 * "Larrière … was unrepentant. “…,” the French centre said.": the one person the paragraph names
 * outside quotation marks before the cue. With nobody or several, null: an epithet with no
 * unique antecedent is too weak to guess.
 */
export function epithetSpeaker(
  d: Discourse,
  paragraph: number,
  start: number,
  region: string,
): string | null {
  const m = EPITHET.exec(region);
  if (!m) return null;
  const noun = m[2] ?? m[3];
  const personal = !!noun && (isPersonRole(noun) || POSITIONS.has(noun));
  // An age stands alone ("the 34-year-old"); a nationality needs a person noun after it.
  if (m[1] ? noun && !personal : !personal) return null;
  const people = new Set<string>();
  for (const x of d.mentions[paragraph] ?? []) {
    if (x.start >= start) break;
    if (x.type === 'person' && !isQuoted(d, paragraph, x.start)) people.add(x.entityId);
  }
  return people.size === 1 ? [...people][0]! : null;
}
