import { withAdditionalReporters } from './additional-reporters.ts';
import { AFFILIATION, parseByline } from './parse-byline.ts';
import { parseDateLine, type DateLine } from './parse-date-line.ts';
import { LABELS } from '../clean/furniture-labels.ts';

export type { DateLine };

/**
 * A bare name, two to four capitalised words: "Thomas Keller" beside a date is its byline. Up to
 * two lowercase particles may stand before a capitalised word without counting as one of them
 * ("Lucía Fernández de la Cruz"): a particle only ever joins the name word after it. Malay and
 * Arabic patronymics join the father's name with "bin" / "binti" ("Siti Hajar binti Osman").
 */
export const BARE_NAME =
  /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|binti|binte|bint|ibn|al|el)\s+){0,2}\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;

/**
 * An outlet named by its initials and a desk or medium word: "PSN Sports", "KTV News Now". No
 * person's name opens with a word of capitals alone, so "Ana Ruiz · PSN Sports" signs a name.
 */
const ACRONYM_OUTLET = /^\p{Lu}{2,5}(?:\s+\p{Lu}\p{Ll}+){1,2}$/u;

/** A date line ending in a year, then "by" and a capitalised name. */
const DATE_THEN_BY = /^(.*\d{4})\s+([Bb]y\s+\p{Lu}.*)$/u;

/**
 * Byline and date line, alone or together ("By Ana Ruiz | March 4, 2025",
 * "Thomas Keller | 2025.04.24 | 4 min read", "Published: … |Updated: …").
 */
export function readMetadata(
  text: string,
  inHeader: boolean,
): { byline: string | null; date: DateLine | null } {
  let byline: string | null = null;
  let date: DateLine | null = null;
  const parts = text.split(/\s+[·•—–]\s+|\s*\|\s*/).filter(Boolean);
  // "Posted on 2 May 2025 by Ana Ruiz": blog software prints the date, then the author after "by".
  const dateThenBy = DATE_THEN_BY.exec(text.trim());
  if (dateThenBy && parseDateLine(dateThenBy[1]!)) parts.push(dateThenBy[1]!, dateThenBy[2]!);
  for (const part of [text, ...parts]) {
    date ??= parseDateLine(part);
    byline ??= parseByline(part, { requirePrefix: !inHeader });
  }
  // Not a name in capitals: "ACME WEEKLY | Issue 88 | 05.06.2023" is a newsletter's edition line.
  if (inHeader && date && byline === null && parts.length > 1) {
    byline =
      parts
        .find(
          (part) =>
            BARE_NAME.test(part.trim()) && /\p{Ll}/u.test(part) && parseDateLine(part) === null,
        )
        ?.trim() ?? null;
  }
  // "Jasmine Reed · KGLA News", "Ana Ruiz, Nordic Press Agency": a name signed with an outlet is
  // a byline without "By".
  const signed = parts.length === 1 ? text.split(/\s*,\s*/) : parts;
  const [name, outlet] = signed.map((p) => p.trim());
  if (inHeader && byline === null && signed.length === 2 && BARE_NAME.test(name!)) {
    if ((AFFILIATION.test(outlet!) || ACRONYM_OUTLET.test(outlet!)) && !AFFILIATION.test(name!))
      byline = name!;
  }
  byline ??= inHeader ? nameBarPlace(text) : null;
  if (inHeader && byline !== null) byline = withAdditionalReporters(byline, text);
  return { byline, date };
}

/** Published beats plain beats updated: publishedAt is when the story first appeared. */
export function choosePublished(lines: DateLine[]): string | null {
  for (const label of ['published', 'plain', 'updated'] as const) {
    const line = lines.find((l) => l.label === label);
    if (line) return line.iso;
  }
  return null;
}

/** A place: one to three capitalised words, no digits. */
const PLACE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u;

/**
 * "Ana Ruiz | Valparaíso": a correspondent's name and the place the story was filed from, set
 * apart by a bar, as sites print a byline without "By" under the standfirst. A person-shaped name
 * (no outlet or menu word) and one place, nothing else: a menu row has more items, and a kicker
 * pair ("Sport | Football") has no two-word name.
 */
function nameBarPlace(text: string): string | null {
  const parts = text.split(/\s+\|\s+/).map((p) => p.trim());
  if (parts.length !== 2) return null;
  const [name, place] = parts as [string, string];
  const menuWord = (p: string) => p.split(/\s+/).some((w) => LABELS.has(w.toLowerCase()));
  if (!BARE_NAME.test(name) || !PLACE.test(place) || menuWord(name) || menuWord(place)) return null;
  // "DAILY ORBIT | Asia Edition": a masthead beside the edition it serves is not a name and place.
  if (/\bedition$/i.test(place)) return null;
  return AFFILIATION.test(name) || AFFILIATION.test(place) ? null : name;
}
