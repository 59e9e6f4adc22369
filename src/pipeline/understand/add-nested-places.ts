import type { Cluster } from './cluster-types.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { nameKey, nameWords } from './name-key.ts';
import { lookupPlace } from './place-gazetteer.ts';

/**
 * "U.S." inside "U.S. National Security Council", "Aberwen" inside "Aberwen Town Council": the
 * organisation's mention covers its whole name, and the place inside it is ALSO a mention of the
 * place (nested spans are allowed and the reader's highlighter handles them). Only places that are
 * mentioned on their own somewhere get nested mentions, so nesting never invents an entity.
 */
export function addNestedPlaces(clusters: Cluster[]) {
  const places = new Map<string, Cluster>();
  for (const c of clusters)
    if (c.type === 'place') for (const ch of c.chunks) places.set(nameKey(ch.name), c);
  for (const c of clusters) {
    if (c.type !== 'organization' && c.type !== 'other') continue;
    const nested: NameChunk[] = [];
    for (const chunk of c.chunks) {
      const words = nameWords(chunk.name);
      for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
        const head = words.slice(0, n).join(' ');
        const place =
          places.get(nameKey(head)) ??
          (lookupPlace(head) ? places.get(nameKey(lookupPlace(head)!)) : undefined);
        if (place) {
          nested.push({
            ...chunk,
            end: chunk.start + head.length,
            name: head,
            surface: head,
            possessive: false,
          });
          break;
        }
      }
      const of = /\s(?:of|in)\s+(.+)$/.exec(chunk.name);
      const tail = of ? places.get(nameKey(of[1]!)) : undefined;
      if (of && tail) {
        const start = chunk.start + chunk.name.length - of[1]!.length;
        nested.push({
          ...chunk,
          start,
          end: chunk.end,
          name: of[1]!,
          surface: of[1]!,
          possessive: false,
        });
      }
      for (const n of nested.splice(0)) {
        const place = places.get(nameKey(n.name)) ?? places.get(nameKey(lookupPlace(n.name) ?? ''));
        place?.chunks.push(n);
      }
    }
  }
}
