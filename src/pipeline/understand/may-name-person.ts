import type { NameChunk } from './find-name-chunks.ts';
import { PLACE_HEADS } from './lexicon.ts';
import { nameWords } from './name-key.ts';
import { isOrgHead } from './org-heads.ts';
import { lookupPlace } from './place-gazetteer.ts';

/** Two to four words, no head of an organisation or place, not a known place: maybe a person. */
export function mayNamePerson(chunk: NameChunk): boolean {
  const words = nameWords(chunk.name);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    !isOrgHead(last) &&
    !PLACE_HEADS.has(last) &&
    !lookupPlace(chunk.name) &&
    !words.some((w) => /^(?:of|for|and|&)$/i.test(w))
  );
}
