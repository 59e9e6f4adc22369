/**
 * About 8,700 names of populated places and provinces from Natural Earth (via city-timezones,
 * extracted by scripts/build-world-places.mjs). Evidence, not a verdict: many of these names are
 * also people's ("Regina", "Lincoln", "Florence"), so a match adds a vote for a place instead of
 * typing the name outright as the hand-made gazetteer does.
 */
import names from './data/world-places.json' with { type: 'json' };
import { foldAccents } from './fold-accents.ts';

const PLACES = new Set<string>(names.map(foldAccents));

/** "Khon Kaen", "Svolvær", "Svolvaer" alike. */
export function isWorldPlace(name: string): boolean {
  return PLACES.has(foldAccents(name));
}
