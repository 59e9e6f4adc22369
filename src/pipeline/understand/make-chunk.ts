import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  TITLE_QUALIFIERS,
  TITLES,
  isOrgHead,
  isPersonRole,
} from './lexicon.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { isDemonym, lookupPlace } from './place-gazetteer.ts';
import type { Token } from './tokenize.ts';

/** Lower-case words that end an organisation's name ("the Sinaloa cartel", "Brightwell Water plc"). */
const LOWER_ORG_HEADS = new Set(['cartel', 'gang', 'militia', 'clan', 'plc', 'ltd', 'inc', 'llc']);
export const POSSESSIVE = /['’][sS]$/u;
const COMPASS_WORDS = /^(?:North|South|East|West|Central|Latin|Northern|Southern|Eastern|Western)$/;
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:['’]s)?$/;
/** Last words of a ministry's portfolio ("Digital Affairs", "Foreign Trade", "Health"). */
const PORTFOLIO_SUBJECTS =
  /^(?:Affairs|Trade|Development|Health|Finance|Defence|Defense|Justice|Culture|Education|Transport|Energy|Environment|Agriculture|Industry|Economy|Security|Interior|Labour|Labor|Housing|Tourism|Sport|Sports|Innovation|Communications|Infrastructure|Fisheries|Forestry|Science|Technology|Employment|Welfare|Treasury|Heritage|Equality|Migration|Planning|Works|Mines)$/;
const PARTY_MEMBERS = /^(?:Democrat|Republican|Conservative|Liberal|Socialist|Tory|Labourite)s?$/;
const POST_NOMINALS = new Set('KC QC SC MP MSP MLA MEP OBE CBE MBE KBE DBE PhD'.split(' '));
const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|opening|\d+(?:st|nd|rd|th))$/;
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred)$/;
/** Capitalised nouns that a number follows as a label ("District 3", "Route 66"), not names. */
const NUMBERED =
  /^(?:district|ward|route|platform|level|stage|phase|gate|terminal|zone|block|lot|unit|room|floor|category|grade|tier|article|section|chapter|clause|schedule|division|round|game|match|week|day|highway|interstate|junction|exit|pier|berth|bay|box|line|lane|region|area|sector|plot|court)$/i;

/** A month, weekday, season or holiday, also in the possessive ("Tuesday’s match"). */
export function isCalendar(t: Token): boolean {
  return CALENDAR_WORDS.has(stripPossessive(t.text).toLowerCase().replace(/\.$/, ''));
}

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
    // "the Four Courts": a number word mid-sentence opens a name; sentence-initially it is a count.
    const keep = rest > 0 && !t.initial && NUMBER_WORDS.test(lower);
    if (
      FUNCTION_WORDS.has(lower) &&
      !allCaps &&
      !keep &&
      (t.initial || lower !== 'the' || rest === 0)
    ) {
      surfaceStart = tokens[i + 1]?.start ?? t.end;
      continue;
    }
    // "Director of Public Prosecutions" is an office, not a title before a name.
    const office = /^(?:of|for)$/.test(tokens[i + 1]?.text ?? '');
    // A role noun opening a sentence works as a title: "Campaigner Hattie Moss said …".
    const title = TITLES.has(lower) || (t.initial && i === first && isPersonRole(lower));
    if (rest > 0 && title && !office && !isOrgName(tokens, i + 1, last)) {
      if (titles.length === 0) surfaceStart = t.start;
      titles.push(lower);
      continue;
    }
    // "Mexican President …", and a sentence-initial adjective before a title ("Local MP …").
    const beforeTitle =
      rest > 0 &&
      (TITLES.has(tokens[i + 1]!.text.toLowerCase()) ||
        (rest > 1 &&
          TITLE_QUALIFIERS.has(tokens[i + 1]!.text.toLowerCase()) &&
          TITLES.has(tokens[i + 2]!.text.toLowerCase())));
    // "Deputy Foreign Minister …", "Chief Operating Officer …": a portfolio word before a title.
    const qualifier =
      beforeTitle &&
      rest > 1 &&
      TITLE_QUALIFIERS.has(lower) &&
      TITLES.has(tokens[i + 1]!.text.toLowerCase());
    if (qualifier) {
      if (titles.length === 0) surfaceStart = t.start;
      continue;
    }
    if (beforeTitle && (isDemonym(t.text) || (t.initial && i === first && !lookupPlace(t.text)))) {
      surfaceStart = tokens[i + 1]!.start;
      continue;
    }
    if (isCalendar(t) && (rest === 0 || /^\p{N}/u.test(tokens[i + 1]?.text ?? ''))) return null;
    break;
  }
  if (i > last) return null;
  const lastGiven = last;
  // Calendar words at the end ("Kenya Sunday", "Nairobi May 2") are dates, not part of the name;
  // a month with no number after it ends a person's name ("Theresa May").
  while (
    last > i &&
    isCalendar(tokens[last]!) &&
    (WEEKDAY.test(tokens[last]!.text) || /^\s+\d/.test(text.slice(tokens[last]!.end)))
  )
    last--;
  // "Easter Monday" less its weekday is a holiday, not a name.
  if (last === i && last < lastGiven && isCalendar(tokens[i]!)) return null;
  // "an Oregon Democrat": a party member from a place is the place.
  if (
    last > i &&
    PARTY_MEMBERS.test(tokens[last]!.text) &&
    lookupPlace(text.slice(tokens[i]!.start, tokens[last - 1]!.end))
  )
    last--;
  // Post-nominal letters are not part of the name: "Peter Ashworth KC", "Jane Hale MP".
  while (last > i + 1 && POST_NOMINALS.has(tokens[last]!.text.replace(/\./g, ''))) last--;
  const head = tokens[i]!;
  uncertain =
    head.initial && titles.length === 0 && surfaceStart === head.start && !lookupPlace(head.text);
  const single = i === last;
  // "the North Sea and the Baltic": a region's name that is also its adjective, used as a noun.
  const asNoun =
    /^the$/i.test(tokens[i - 1]?.text ?? '') &&
    !!lookupPlace(head.text) &&
    !(
      tokens[last + 1]?.isWord &&
      !tokens[last + 1]!.cap &&
      !FUNCTION_WORDS.has(tokens[last + 1]!.text.toLowerCase())
    );
  if (single && isDemonym(stripPossessive(head.text)) && !asNoun) return null;
  // "A ROGUE roofer who …": a tabloid lead shouts its first word; it is not an acronym.
  if (
    single &&
    paragraph === 0 &&
    i === 1 &&
    /^(?:A|An|The)$/.test(tokens[0]!.text) &&
    /^\p{Lu}{4,}$/u.test(head.text) &&
    !!tokens[last + 1]?.isWord &&
    !tokens[last + 1]!.cap
  )
    return null;
  // "South American standings", "Latin American states": a compass word and a demonym.
  if (last === i + 1 && COMPASS_WORDS.test(head.text) && isDemonym(tokens[last]!.text)) return null;
  // Single letters, plural acronyms ("LEDs") and codes like "H1N1" are not names.
  if (
    single &&
    (/^\p{Lu}$/u.test(head.text) ||
      /^\p{Lu}{2,}s$/u.test(head.text) ||
      /\d\p{L}+\d/u.test(head.text) ||
      /^(?:FY|Q|H)\d{1,4}$/.test(head.text))
  )
    return null;
  if (single && TITLES.has(head.text.toLowerCase())) return null;
  if (single && NUMBERED.test(head.text) && /^\s+\d/.test(text.slice(head.end, head.end + 3)))
    return null;
  if (single && isCurrency(text, head)) return null;
  // "Antarctic ice shelf", "Atlantic storms", "Mediterranean diet": a region's adjective, like a
  // demonym, is not a mention of the region ("to the Atlantic at Lisbon" still is).
  const next = tokens[last + 1];
  const modifies = !!next?.isWord && !next.cap && !FUNCTION_WORDS.has(next.text);
  if (single && /(?:ic|ean)$/.test(head.text) && lookupPlace(head.text) && modifies) return null;
  // "Q&A", "R&D", "M&A": letters joined by an ampersand are common nouns.
  if (last === i + 2 && /^\p{Lu}&\p{Lu}$/u.test(text.slice(head.start, tokens[last]!.end)))
    return null;
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
    definite: /^the$/i.test(tokens[i - 1]?.text ?? ''),
    afterOrdinal: single && ORDINAL.test(tokens[i - 1]?.text ?? ''),
    lowerHead,
    tokenIndex: i,
    tokenEnd: last,
  };
}

/** Currency words written before an amount ("Rs 5 lakh", "KSh 200"), not names. */
const CURRENCY_WORDS = new Set(['Rs', 'Rp', 'Ksh', 'KSh', 'Sh', 'Tk', 'Dh', 'Dhs']);

/** "US$2,030", "A$40", "NZ$3": a place code fused to a currency sign; "Rs 5 lakh": a currency word. */
function isCurrency(text: string, head: Token): boolean {
  if (/^[$€£¥]/.test(text.slice(head.end, head.end + 1))) return true;
  return CURRENCY_WORDS.has(head.text) && /^\.?\s?\d/.test(text.slice(head.end, head.end + 3));
}

/** "General Motors" is not the title "General" before a name. */
function isOrgName(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (isOrgHead(tokens[k]!.text)) return true;
  return false;
}

export function stripPossessive(word: string): string {
  return word.replace(POSSESSIVE, '');
}
