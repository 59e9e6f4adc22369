import { parseByline } from './parse-byline.ts';
import { parseDateLine, type DateLine } from './parse-date-line.ts';

export type { DateLine };

/** Byline and date line, alone or together ("By Ana Ruiz | March 4, 2025"). */
export function readMetadata(
  text: string,
  inHeader: boolean,
): { byline: string | null; date: DateLine | null } {
  let byline: string | null = null;
  let date: DateLine | null = null;
  for (const part of [text, ...text.split(/\s+[|·•—–]\s+/)]) {
    date ??= parseDateLine(part);
    byline ??= parseByline(part, { requirePrefix: !inHeader });
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
