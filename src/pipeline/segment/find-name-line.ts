import type { Unit } from '../01-clean.ts';
import { LABELS } from '../clean/furniture-labels.ts';
import { AFFILIATION } from './parse-byline.ts';
import { BARE_NAME, readMetadata } from './read-metadata.ts';

/** How many open lines under the headline may hold the name: the standfirst, then the name. */
const NAME_WINDOW = 2;

/**
 * Newsletters and blogs print the author's name alone, without "By", right under the headline
 * and its standfirst ("Five films I loved / Notes from a cold week / Ana Ruiz"); newspapers print
 * the authors' names joined ("Ana Ruiz and Tom Hale") under the date line (or under both the
 * published and the updated line). Such a line, two
 * to four capitalised words that name no outlet, desk or button ("Listen Now"), is the byline.
 * Only read when the header has no other byline; returns the unit's index or -1.
 */
export function findNameLine(
  units: Unit[],
  open: boolean[],
  at: { titleIndex: number; first: number; isCaption: (i: number) => boolean },
): number {
  if (at.titleIndex < 0) return -1;
  let seen = 0;
  for (let i = at.titleIndex + 1; i < at.first && seen < NAME_WINDOW; i++) {
    if (!open[i]) continue;
    // The figure comes after the header: a name under the caption is not the byline.
    if (at.isCaption(i)) return -1;
    const text = units[i]!.text.trim();
    // "AUTHOR" / "Ana Ruiz": a label over the name, as magazine-style headers set it, is part
    // of the byline and does not use up the window.
    if (AUTHOR_LABEL.test(text)) continue;
    if (isNameList(text) && !AFFILIATION.test(text) && !hasLabelWord(text)) return i;
    // "Published …" and "Updated …" lines stand between the headline and the name on many
    // pages: a date line is part of the header, not a standfirst, so it does not use up the window.
    if (readMetadata(text, true).date === null) seen++;
  }
  return -1;
}

/** A label alone on its line that introduces the author's name on the next. */
const AUTHOR_LABEL = /^(?:authors?|written by|words(?: by)?|by|reporter|text)\s*:?$/i;

/** "Ana Ruiz", or two or three such names joined: "Ana Ruiz and Tom Hale", "A B, C D and E F". */
export function isNameList(text: string): boolean {
  const names = text.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/);
  return names.length <= 3 && names.every((name) => BARE_NAME.test(name));
}

function hasLabelWord(text: string): boolean {
  return text.split(/\s+/).some((w) => LABELS.has(w.toLowerCase()));
}
