import type { Entity } from '../../shared/article-schema.ts';
import { nameKey } from './name-key.ts';

export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitalised / words.length >= 0.7;
}

/**
 * Headlines write possessives of names the body writes plainly ("Trump’s Proposal"); the alias
 * list records every surface form, so a known name followed by ’s in the title or caption adds one.
 */
export function addHeadlinePossessives(entities: Entity[], lines: string[]) {
  const byKey = new Map<string, Entity>();
  for (const e of entities)
    for (const form of [e.name, ...e.aliases])
      if (!byKey.has(nameKey(form))) byKey.set(nameKey(form), e);
  for (const line of lines) {
    for (const m of line.matchAll(
      /([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})(['’]s)\b/gu,
    )) {
      const words = m[1]!.split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        const name = words.slice(i).join(' ');
        const entity = byKey.get(nameKey(name));
        if (!entity) continue;
        const form = `${name}${m[2]}`;
        if (!entity.aliases.includes(form)) entity.aliases.push(form);
        break;
      }
    }
  }
}
