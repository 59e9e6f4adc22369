import { FUNCTION_WORDS } from './lexicon.ts';
import { isOrgHead } from './org-heads.ts';
import { TITLE_QUALIFIERS, TITLES } from './titles.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { makeChunk } from './make-chunk.ts';
import { lookupPlace } from './place-gazetteer.ts';
import type { Token } from './tokenize.ts';

/** Last words of a ministry's portfolio ("Digital Affairs", "Foreign Trade", "Health"). */
const PORTFOLIO_SUBJECTS =
  /^(?:Affairs|Trade|Development|Health|Finance|Defence|Defense|Justice|Culture|Education|Transport|Energy|Environment|Agriculture|Industry|Economy|Security|Interior|Labour|Labor|Housing|Tourism|Sport|Sports|Innovation|Communications|Infrastructure|Fisheries|Forestry|Science|Technology|Employment|Welfare|Treasury|Heritage|Equality|Migration|Planning|Works|Mines)$/;

/** Strips what precedes a name (sentence-initial function words, demonyms, titles) and builds it. */
export function makeChunks(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  paragraph: number,
): NameChunk[] {
  const out: NameChunk[] = [];
  // "Minister of Digital Affairs Łukasz Wójcik": after a title and "of", the portfolio ends at its
  // subject word; the person's name follows.
  const office = /(\p{L}+)\s+(?:of|for)\s+(?:the\s+)?$/u.exec(
    text.slice(Math.max(0, tokens[first]!.start - 40), tokens[first]!.start),
  );
  if (office && TITLES.has(office[1]!.toLowerCase())) {
    for (let k = last - 2; k >= first; k--)
      if (PORTFOLIO_SUBJECTS.test(tokens[k]!.text)) {
        first = k + 1;
        break;
      }
  }
  // "U.S. President Donald Trump", "South Korean President …": the place before a title is a
  // name of its own (up to three words long).
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    const end = [k, k + 1, k + 2].find(
      (e) =>
        e < last &&
        TITLES.has(tokens[e + 1]!.text.toLowerCase()) &&
        lookupPlace(text.slice(t.start, tokens[e]!.end)),
    );
    if (end !== undefined) {
      const place = makeChunk(text, tokens, k, end, paragraph);
      if (place) out.push(place);
      first = end + 1;
      break;
    }
    if (!TITLES.has(t.text.toLowerCase()) && !FUNCTION_WORDS.has(t.text.toLowerCase())) break;
  }
  // "Senate Majority Leader John Thune", "Bank of England Governor Andrew Bailey": a name, then
  // a title, then a person's name: two names.
  const title = titleInside(tokens, first, last);
  if (title > first) {
    const before = makeChunk(text, tokens, first, title - 1, paragraph);
    if (before) out.push(before);
    first = title;
  }
  const chunk = makeChunk(text, tokens, first, last, paragraph);
  if (chunk) out.push(chunk);
  return out;
}

/** Index of a title that splits a run into a name and a person's name, or -1. */
function titleInside(tokens: Token[], first: number, last: number): number {
  for (let t = first + 1; t < last; t++) {
    if (!TITLES.has(tokens[t]!.text.toLowerCase())) continue;
    if (TITLES.has(tokens[t - 1]!.text.toLowerCase())) continue;
    let k = t;
    while (k < last && TITLES.has(tokens[k]!.text.toLowerCase())) k++;
    const rest = tokens.slice(k, last + 1);
    if (/^(?:of|for)$/.test(tokens[k]!.text) || rest.some((x) => isOrgHead(x.text))) return -1;
    if (!rest.some((x) => x.cap && !/^(?:Jr|Sr|II|III|IV)\.?$/.test(x.text))) return -1;
    // "Norwegian Foreign Minister Kari Berg": the portfolio word belongs to the title.
    let from = t;
    while (from > first && TITLE_QUALIFIERS.has(tokens[from - 1]!.text.toLowerCase())) from--;
    return from;
  }
  return -1;
}
