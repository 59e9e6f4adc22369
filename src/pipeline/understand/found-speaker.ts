import type { Speaker } from './resolve-subject.ts';

/** What one sieve of the quote stage found: the speaker and the cue that named them, if any. */
export type FoundSpeaker = { speaker: Speaker; cue: string | null };
