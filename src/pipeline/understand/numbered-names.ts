import type { Token } from './tokenize.ts';

/** A number of up to four digits right after token j, not the start of a decimal or amount. */
export function numberFollows(text: string, tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return (
    !!next &&
    /^\d{1,4}(?:['’]s)?$/.test(next.text) &&
    next.start - tokens[j]!.end === 1 &&
    !/^[.,]\d/.test(text.slice(next.end, next.end + 2))
  );
}

/** Words a number completes into a name: roads ("Highway 7", "FM 2818") and channels. */
export const NUMBERED_NAME = /^(?:Highway|Hwy|Route|Interstate|FM|Channel|Radio)$/;
export const NUMBERED_ROAD = /^(?:Highway|Hwy|Route|Interstate|FM)$/;
/** "HX 1900", "ISO 9001": letters and a number naming a model or a standard. */
export const MODEL_CODE = /^\p{Lu}{2,4}$/u;
