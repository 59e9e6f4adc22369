import type { NameChunk } from './find-name-chunks.ts';
import { mayNamePerson } from './may-name-person.ts';
import { TITLES } from './titles.ts';

/** "Minister for Culture, Ana Ruiz": a title's portfolio right before an apposed name. */
const PORTFOLIO_BEFORE = /\b(\p{Lu}\p{Ll}+)\s+(?:of|for)\s+(?:the\s+)?$/u;

export function dropTitlePortfolios(text: string, chunks: NameChunk[]) {
  for (let i = chunks.length - 2; i >= 0; i--) {
    const c = chunks[i]!;
    const next = chunks[i + 1]!;
    const title = PORTFOLIO_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (!title || !TITLES.has(title[1]!.toLowerCase())) continue;
    if (!/^,\s+$/.test(text.slice(c.end, next.start)) || !mayNamePerson(next)) continue;
    if (!/^\s*,/.test(text.slice(next.end, next.end + 2))) continue;
    chunks.splice(i, 1);
  }
}
