import { AFFILIATION, parseByline } from './parse-byline.ts';
import { parseDateLine, type DateLine } from './parse-date-line.ts';

export type { DateLine };

/** A bare name, two to four capitalised words: "Thomas Keller" beside a date is its byline. */
export const BARE_NAME =
  /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|da|di|du|bin|al)){1,3}$/u;

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
    if (AFFILIATION.test(outlet!) && !AFFILIATION.test(name!)) byline = name!;
  }
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
