import type { NameChunk } from './find-name-chunks.ts';
import { nameWords } from './name-key.ts';
import { isOrgHead } from './org-heads.ts';
import { lookupPlace } from './place-gazetteer.ts';

/**
 * "ElCom, the Federal Electricity Commission, said": a one-word name glossed by an organisation's.
 * The gloss may open with its country's possessive ("the KBA, Germany’s Federal Motor Transport
 * Authority,"): `via` is that possessive place.
 */
export function isAppositiveName(
  text: string,
  chunk: NameChunk,
  next: NameChunk | undefined,
  via?: NameChunk,
): boolean {
  if (!next || next.tokenIndex < 0 || chunk.possessive || /\s/.test(chunk.name)) return false;
  if (lookupPlace(chunk.name)) return false;
  const gap = via
    ? via.possessive &&
      lookupPlace(via.name) !== null &&
      /^\s*,\s+$/.test(text.slice(chunk.end, via.start)) &&
      /^['’]s?\s+$/.test(text.slice(via.end, next.start))
    : /^\s*,\s+(?:the\s+)?$/.test(text.slice(chunk.end, next.start));
  if (!gap) return false;
  const words = nameWords(next.name);
  const head = words.findIndex((w, k) => k > 0 && /^(?:of|for)$/.test(w));
  return (
    words.length >= 2 &&
    isOrgHead(words[head > 0 ? head - 1 : words.length - 1]!) &&
    /^\s*(?:[,)]|$)/.test(text.slice(next.end, next.end + 3))
  );
}
