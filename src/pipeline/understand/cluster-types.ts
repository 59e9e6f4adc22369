import type { EntityType } from '../../shared/article-schema.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { nameWords } from './name-key.ts';
import { noVotes, type Votes } from './type-evidence.ts';

/** A chunk with what clustering needs: its evidence and, for pronoun checks, the gender after it. */
export type Observed = {
  chunk: NameChunk;
  votes: Votes;
  /** "he"/"she" that follows the name as the subject of its sentence, if any. */
  pronounGender: 'f' | 'm' | null;
  /**
   * Another chunk this one is a short name for: the name before "(" ("European Central Bank
   * (ECB)") or the name in the apposition that follows ("ElCom, the Federal Electricity
   * Commission,").
   */
  linkedTo: number | null;
  /** The chunk before this one in a list ("Haarlem and Leiden", "Kenya, Malawi"). */
  coordinatedWith: number | null;
  /** A chunk this one renames ("the Tagus, known as the Tajo"; "PÖFF, short for …"). */
  sameAs?: number | null;
  /** The head noun of a description this name is given ("call the festival PÖFF" → festival). */
  describedAs?: string | null;
};

export type Cluster = {
  chunks: NameChunk[];
  /** Chunks that named the thing in full (used to pick the canonical name). */
  full: NameChunk[];
  place: string | null;
  votes: Votes;
  female: number;
  male: number;
  type: EntityType;
  /** Short forms (surname, first name) that joined in reading order. */
  shortForms: number;
};

export function emptyCluster(place: string | null): Cluster {
  return {
    chunks: [],
    full: [],
    place,
    votes: noVotes(),
    female: 0,
    male: 0,
    type: 'other',
    shortForms: 0,
  };
}

export function genderOf(c: Cluster): 'f' | 'm' | null {
  if (c.female > c.male) return 'f';
  if (c.male > c.female) return 'm';
  return null;
}

export function contentWords(name: string): string[] {
  return nameWords(name).filter((w) => !/^(?:the|of|for|on|and|&)$/i.test(w));
}

/** The fullest form: most words, then not in capitals, then written with "The", then the first. */
export function canonicalName(c: Cluster): string {
  if (c.place) return c.place;
  const pool = c.full.length > 0 ? c.full : c.chunks;
  let best = pool[0]?.name ?? '';
  let bestScore = -1;
  for (const chunk of pool) {
    // A form in capitals ("PARIS HENDERSON" in a tabloid lead) is the last choice.
    const capitals = /\p{Ll}/u.test(chunk.name) ? 2 : 0;
    const score =
      contentWords(chunk.name).length * 10 + capitals + (/^The\s/.test(chunk.name) ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [chunk.name, score];
  }
  return best;
}
