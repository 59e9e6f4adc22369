import type { EntityType } from '../../shared/article-schema.ts';
import type { NameChunk } from './find-name-chunks.ts';
import type { Token } from './tokenize.ts';
import { votesFromAfter } from './votes-from-after.ts';
import { votesFromBefore } from './votes-from-before.ts';
import { votesFromName } from './votes-from-name.ts';
import { wordsBefore, type Before } from './words-before.ts';

export type Votes = Record<EntityType, number>;
export const noVotes = (): Votes => ({ person: 0, organization: 0, place: 0, other: 0 });

/** What the vote rules read around a chunk, worked out once. */
export type ChunkView = {
  text: string;
  tokens: Token[];
  chunk: NameChunk;
  /** The name's words as written. */
  words: string[];
  /** Index of "of"/"for"/"on" inside the name ("Bank of Ireland"), or -1. */
  connector: number;
  /** The head word, lower-cased: the last word, or the one before the connector. */
  head: string;
  /** The last word, lower-cased. */
  last: string;
  /** Up to 80 characters after the name. */
  after: string;
  /** Up to four words before the name, nearest first. */
  before: Before[];
};

/**
 * Local evidence for a chunk's type: votes from the name's own words, from the words before it
 * and from the words after it. The three run in this order, which is also the order their
 * weights are summed in.
 */
export function typeEvidence(text: string, tokens: Token[], chunk: NameChunk): Votes {
  const v = noVotes();
  const words = chunk.name.split(/\s+/);
  const connector = words.findIndex((w, i) => i > 0 && /^(?:of|for|on)$/.test(w));
  const view: ChunkView = {
    text,
    tokens,
    chunk,
    words,
    connector,
    head: (connector > 0 ? words[connector - 1]! : words[words.length - 1]!).toLowerCase(),
    last: words[words.length - 1]!.toLowerCase(),
    after: text.slice(chunk.end, chunk.end + 80),
    before: wordsBefore(tokens, chunk.tokenIndex, 4),
  };
  votesFromName(view, v);
  votesFromBefore(view, v);
  votesFromAfter(view, v);
  return v;
}
