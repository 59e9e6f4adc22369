import { CALENDAR_WORDS, FUNCTION_WORDS, OF_HEADS, ORG_HEADS, TITLES } from './lexicon.ts';
import { isDemonym, lookupPlace } from './place-gazetteer.ts';
import type { Token } from './tokenize.ts';

/** A run of capitalised words that may name something, already stripped of titles and possessives. */
export type NameChunk = {
  /** Index of the paragraph (-1 for the image caption, which carries evidence but no mentions). */
  paragraph: number;
  start: number;
  end: number;
  /** The name as written, without title or possessive ending. */
  name: string;
  /** The surface form as written, with title and possessive ("President Trump", "Trump’s"). */
  surface: string;
  /** Lower-cased titles that preceded the name ("ms", "president"). */
  titles: string[];
  possessive: boolean;
  /** The first word is capitalised by sentence position only, so it may be an ordinary word. */
  uncertain: boolean;
  /** A lower-case head that follows the name ("river", "cartel"). */
  lowerHead: string | null;
  /** Index of the chunk's first token, so context rules can look around it. */
  tokenIndex: number;
  tokenEnd: number;
};

/** Name particles written in lower case inside names ("de la Fuente", "van der Berg"). */
export const PARTICLES = new Set([
  'de',
  'la',
  'le',
  'del',
  'della',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'di',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
  'zu',
]);
const LOWER_ORG_HEADS = new Set(['cartel', 'gang', 'militia', 'clan']);
const POSSESSIVE = /['’]s$/u;

const isNameWord = (t: Token | undefined): t is Token =>
  !!t && t.isWord && t.cap && !/^\p{N}/u.test(t.text);
const isParticle = (t: Token | undefined) => !!t && PARTICLES.has(t.text);

/**
 * Groups tokens into candidate names. Connectors join only where names use them: "&" always,
 * particles before a capitalised word, "of/for/on (the)" after a head like University or Office,
 * "and" only when the whole ends in an organisation head ("Competition and Markets Authority"),
 * so "Spain and Portugal" stays two names. A possessive ends a name ("ICC’s Office" is two).
 */
export function findNameChunks(text: string, tokens: Token[], paragraph: number): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsName = isNameWord(t) || (isParticle(t) && leadsToName(tokens, i));
    if (!startsName) {
      i++;
      continue;
    }
    let j = i; // last token included
    while (!POSSESSIVE.test(tokens[j]!.text)) {
      const next = tokens[j + 1];
      if (isNameWord(next) && adjacent(tokens[j]!, next)) {
        j++;
      } else if (isParticle(next) && leadsToName(tokens, j + 1)) {
        j++;
      } else if (next?.text === '&' && isNameWord(tokens[j + 2])) {
        j += 2;
      } else if (
        next &&
        /^(?:of|for|on)$/.test(next.text) &&
        OF_HEADS.has(tokens[j]!.text.toLowerCase())
      ) {
        const k = tokens[j + 2]?.text === 'the' ? j + 3 : j + 2;
        if (!isNameWord(tokens[k]) || isCalendar(tokens[k]!)) break;
        j = k;
      } else if (
        next?.text === 'and' &&
        isNameWord(tokens[j + 2]) &&
        endsInOrgHead(tokens, j + 2)
      ) {
        j += 2;
      } else {
        break;
      }
    }
    chunks.push(...makeChunks(text, tokens, i, j, paragraph));
    i = j + 1;
  }
  return chunks;
}

function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1 && !/^\p{N}/u.test(b.text);
}

function leadsToName(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + 4; k++) {
    if (isNameWord(tokens[k])) return true;
    if (!isParticle(tokens[k])) return false;
  }
  return false;
}

function endsInOrgHead(tokens: Token[], k: number): boolean {
  while (isNameWord(tokens[k + 1])) k++;
  return ORG_HEADS.has(tokens[k]!.text.toLowerCase());
}

function isCalendar(t: Token): boolean {
  return CALENDAR_WORDS.has(t.text.toLowerCase().replace(/\.$/, ''));
}

/** Strips what precedes a name (sentence-initial function words, demonyms, titles) and builds it. */
function makeChunks(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  paragraph: number,
): NameChunk[] {
  const out: NameChunk[] = [];
  // "U.S. President Donald Trump": the place before a title is a name of its own.
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (lookupPlace(t.text) && TITLES.has(tokens[k + 1]!.text.toLowerCase())) {
      const place = makeChunk(text, tokens, k, k, paragraph);
      if (place) out.push(place);
      first = k + 1;
      break;
    }
    if (!TITLES.has(t.text.toLowerCase()) && !FUNCTION_WORDS.has(t.text.toLowerCase())) break;
  }
  const chunk = makeChunk(text, tokens, first, last, paragraph);
  if (chunk) out.push(chunk);
  return out;
}

function makeChunk(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  paragraph: number,
): NameChunk | null {
  const titles: string[] = [];
  let i = first;
  let surfaceStart = tokens[first]!.start;
  let uncertain = false;
  for (; i <= last; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase().replace(/\.$/, '');
    const rest = last - i;
    const allCaps = /^\p{Lu}{2,}$/u.test(t.text);
    if (FUNCTION_WORDS.has(lower) && !allCaps && (t.initial || lower !== 'the' || rest === 0)) {
      surfaceStart = tokens[i + 1]?.start ?? t.end;
      continue;
    }
    if (rest > 0 && TITLES.has(lower) && !isOrgName(tokens, i + 1, last)) {
      if (titles.length === 0) surfaceStart = t.start;
      titles.push(lower);
      continue;
    }
    if (rest > 0 && isDemonym(t.text) && TITLES.has(tokens[i + 1]!.text.toLowerCase())) {
      surfaceStart = tokens[i + 1]!.start;
      continue;
    }
    if (isCalendar(t) && (rest === 0 || /^\p{N}/u.test(tokens[i + 1]?.text ?? ''))) return null;
    break;
  }
  if (i > last) return null;
  // Calendar words at the end ("Sunday") are dates, not part of the name.
  while (last > i && isCalendar(tokens[last]!)) last--;
  const head = tokens[i]!;
  uncertain =
    head.initial && titles.length === 0 && surfaceStart === head.start && !lookupPlace(head.text);
  const single = i === last;
  if (single && isDemonym(stripPossessive(head.text))) return null;
  // Single letters, plural acronyms ("LEDs") and codes like "H1N1" are not names.
  if (
    single &&
    (/^\p{Lu}$/u.test(head.text) ||
      /^\p{Lu}{2,}s$/u.test(head.text) ||
      /\d\p{L}+\d/u.test(head.text))
  )
    return null;
  if (single && TITLES.has(head.text.toLowerCase())) return null;
  const lastToken = tokens[last]!;
  const possessive = POSSESSIVE.test(lastToken.text);
  let end = possessive ? lastToken.end - 2 : lastToken.end;
  // "Chicago-based", "Paris-born": the name is the part before the lower-case suffix.
  const suffix = /-\p{Ll}[\p{L}-]*$/u.exec(lastToken.text);
  if (suffix) end = lastToken.start + suffix.index;
  let surfaceEnd = lastToken.end;
  // Plural possessive: "Rovers' coach", "Democrats’ spokesperson".
  if (!possessive && /s$/.test(lastToken.text) && /^['’](?=\s)/u.test(text.slice(end, end + 2)))
    surfaceEnd = end + 1;
  const start = head.start;
  let lowerHead: string | null = null;
  const after = tokens[last + 1];
  if (after && after.isWord && !after.cap && !possessive) {
    lowerHead = after.text.toLowerCase();
    // An organisation named by a lower-case head ("the Sinaloa cartel") keeps it in its name.
    if (LOWER_ORG_HEADS.has(lowerHead)) end = surfaceEnd = after.end;
  }
  if (end <= start) return null;
  return {
    paragraph,
    start,
    end,
    name: text.slice(start, end),
    surface: text.slice(surfaceStart, surfaceEnd),
    titles,
    possessive: possessive || surfaceEnd > end,
    uncertain,
    lowerHead,
    tokenIndex: i,
    tokenEnd: last,
  };
}

/** "General Motors" is not the title "General" before a name. */
function isOrgName(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (ORG_HEADS.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}

export function stripPossessive(word: string): string {
  return word.replace(POSSESSIVE, '');
}
