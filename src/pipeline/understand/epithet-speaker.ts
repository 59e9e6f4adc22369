import { isQuoted, sentenceAt, type Discourse } from './discourse.ts';
import type { MentionRef } from './entity-index.ts';
import { isPersonRole } from './person-roles.ts';
import { isDemonym } from './place-gazetteer.ts';

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
  /^\s*the\s+(?:(\d{1,3}-year-old)(?:\s+([\p{Ll}-]+))?|(\p{Lu}\p{Ll}+)\s+([\p{Ll}-]+))\s*$/u;
/**
 * A nationality noun on its own ("the Argentine", "the Spaniard", "the Israeli"): a demonym used
 * as a noun names one person. Both shapes take the gazetteer's word for what a demonym is, so
 * "the Labour leader" is no epithet.
 */
const NATIONALITY = /^\s*the\s+(\p{Lu}\p{Ll}+)\s*$/u;

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
  const alone = m ? null : NATIONALITY.exec(region);
  if (!m && !(alone && isDemonym(alone[1]!))) return null;
  if (m) {
    if (m[3] && !isDemonym(m[3])) return null;
    const noun = m[2] ?? m[4];
    const personal = !!noun && (isPersonRole(noun) || POSITIONS.has(noun));
    // An age stands alone ("the 34-year-old"); a nationality needs a person noun after it.
    if (m[1] ? noun && !personal : !personal) return null;
  }
  const people = new Set<string>();
  let last: MentionRef | null = null;
  for (const x of d.mentions[paragraph] ?? []) {
    if (x.start >= start) break;
    if (x.type === 'person' && !isQuoted(d, paragraph, x.start)) {
      people.add(x.entityId);
      last = x;
    }
  }
  if (people.size === 1) return [...people][0]!;
  if (people.size === 0) return onlyPersonIn(d, paragraph - 1);
  return last && opensSentence(d, paragraph, last) ? last.entityId : null;
}

/**
 * "Khoa had won the first game … / “…,” the Vietnamese player told reporters.": a paragraph that
 * opens on the quote and names nobody before the epithet takes it from the paragraph before,
 * when that one names exactly one person outside quotation marks. Several, or none: null.
 */
function onlyPersonIn(d: Discourse, paragraph: number): string | null {
  if (paragraph < 0) return null;
  const people = new Set<string>();
  for (const x of d.mentions[paragraph] ?? [])
    if (x.type === 'person' && !isQuoted(d, paragraph, x.start)) people.add(x.entityId);
  return people.size === 1 ? [...people][0]! : null;
}

/**
 * "Ana had … Bea was less kind about her own game. “…,” the Argentine said.": with several people
 * named, the epithet goes on with the subject of the sentence right before the quote, when that
 * sentence opens with the last name and names nobody else.
 */
function opensSentence(d: Discourse, paragraph: number, last: MentionRef): boolean {
  const spans = d.sentences[paragraph] ?? [];
  const span = spans[sentenceAt(spans, last.start)];
  if (!span) return false;
  const text = d.texts[paragraph]!;
  if (text.slice(span.start, last.start).trim() !== '') return false;
  return !(d.mentions[paragraph] ?? []).some(
    (x) => x !== last && x.type === 'person' && x.start >= span.start && x.start < span.end,
  );
}
