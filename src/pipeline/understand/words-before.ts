import type { Token } from './tokenize.ts';

export type Before = { word: string; comma: boolean };

/** Up to n words before token i, nearest first; `comma` marks a comma between it and the next. */
export function wordsBefore(tokens: Token[], i: number, n: number): Before[] {
  const out: Before[] = [];
  let comma = false;
  for (let k = i - 1; k >= 0 && out.length < n; k--) {
    const t = tokens[k]!;
    if (t.isWord) {
      out.push({ word: t.text.toLowerCase().replace(/['’]s?$/, ''), comma });
      comma = false;
    } else if (t.text === ',') comma = true;
    else if (t.text !== "'" && t.text !== '’') break;
  }
  return out;
}
