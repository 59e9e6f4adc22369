import type { Entity, EntityType } from '../../shared/article-schema.ts';
import type { SentenceSpan } from './split-sentences.ts';

/** A mention as later stages use it: which entity, where, and the entity's type. */
export type MentionRef = { entityId: string; start: number; end: number; type: EntityType };

export type EntityFacts = {
  type: EntityType;
  gender: 'f' | 'm' | null;
  name: string;
  head: string;
  /** Nouns a description may use for it: "council" for "Aberwen Town Council", "ministry" for
   * "Ministry of Health". */
  heads: string[];
  /** Titles and roles the text gave a person ("judge", "manager"). */
  roles: Set<string>;
  salience: number;
};

export type EntityIndex = {
  entities: Entity[];
  /** Per paragraph, sorted by start: the lookup quotes and dates use instead of scanning entities. */
  mentionsByParagraph: MentionRef[][];
  facts: Map<string, EntityFacts>;
  sentencesByParagraph: SentenceSpan[][];
};
