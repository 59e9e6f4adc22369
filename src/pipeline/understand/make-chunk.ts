import { CALENDAR_WORDS, MONTHS, WEEKDAYS } from './calendar-words.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { isOrgHead } from './org-heads.ts';
import { isPersonRole } from './person-roles.ts';
import { TITLE_QUALIFIERS, TITLES } from './titles.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { endsInLowerSuffix } from './lower-suffix.ts';
import { isNotAName } from './not-a-name.ts';
import { isDemonym, lookupPlace } from './place-gazetteer.ts';
import { POSSESSIVE, stripPossessive } from './possessive.ts';
import type { Token } from './tokenize.ts';

/** Lower-case words that end an organisation's name ("the Sinaloa cartel", "Brightwell Water plc"). */
const LOWER_ORG_HEADS = new Set(['cartel', 'gang', 'militia', 'clan', 'plc', 'ltd', 'inc', 'llc']);
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:['’]s)?$/;
const PARTY_MEMBERS = /^(?:Democrat|Republican|Conservative|Liberal|Socialist|Tory|Labourite)s?$/;
const POST_NOMINALS = new Set('KC QC SC MP MSP MLA MEP OBE CBE MBE KBE DBE PhD'.split(' '));
const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|opening|\d+(?:st|nd|rd|th))$/;
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred)$/;

/** A month, weekday, season or holiday, also in the possessive ("Tuesday’s match"). */
export function isCalendar(t: Token): boolean {
  const word = stripPossessive(t.text).toLowerCase().replace(/\.$/, '');
  // "cold Decembers", "on Mondays": a plural month or weekday is still no name.
  return CALENDAR_WORDS.has(word) || (/s$/.test(word) && MONTH_OR_DAY.has(word.slice(0, -1)));
}

// ("Mays" is a surname, not a plural of May.)
const MONTH_OR_DAY = new Set([...MONTHS, ...WEEKDAYS].filter((w) => w !== 'may'));

/**
 * One name from a run of capitalised tokens: the function words, titles and demonyms before it
 * and the calendar words, party labels and post-nominals after it are trimmed off, and runs that
 * name nothing (see isNotAName) are dropped.
 */
export function makeChunk(
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
  // Found once, not once per title word: a run of thousands of titles stays linear.
  let lastOrgHead = -1;
  for (let k = last; k > first && lastOrgHead < 0; k--)
    if (isOrgHead(tokens[k]!.text)) lastOrgHead = k;
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
    // A role noun opening a sentence works as a title: "Campaigner Hattie Moss said …"; so does
    // one after "former" or "fellow": "coached by former Olympian Dang Thu Ha".
    const modified = /^(?:former|fellow|retired|veteran|ex)$/i.test(tokens[i - 1]?.text ?? '');
    const title =
      TITLES.has(lower) || ((t.initial || modified) && i === first && isPersonRole(lower));
    if (rest > 0 && title && !office && !namesOrgOrVenue(tokens, lastOrgHead, i, last)) {
      if (titles.length === 0) surfaceStart = t.start;
      titles.push(lower);
      continue;
    }
    // "Mexican President …", and a sentence-initial adjective before a title ("Local MP …").
    const word = (k: number) => tokens[k]!.text.toLowerCase().replace(/\.$/, '');
    const beforeTitle =
      rest > 0 &&
      (TITLES.has(word(i + 1)) ||
        (rest > 1 && TITLE_QUALIFIERS.has(word(i + 1)) && TITLES.has(word(i + 2))));
    // "On Friday Gov. Ruben Ortega said": a weekday or month before a title is the date.
    if (beforeTitle && isCalendar(t)) {
      surfaceStart = tokens[i + 1]!.start;
      continue;
    }
    // "Deputy Foreign Minister …", "Chief Operating Officer …": a portfolio word before a title.
    const qualifier =
      beforeTitle && rest > 1 && TITLE_QUALIFIERS.has(lower) && TITLES.has(word(i + 1));
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
  // "In Syria I made doors": the pronoun after a place (a king's numeral follows a given name).
  if (
    last > i &&
    tokens[last]!.text === 'I' &&
    lookupPlace(text.slice(tokens[i]!.start, tokens[last - 1]!.end))
  )
    last--;
  const head = tokens[i]!;
  uncertain =
    head.initial && titles.length === 0 && surfaceStart === head.start && !lookupPlace(head.text);
  const single = i === last;
  if (isNotAName(text, tokens, i, last, paragraph)) return null;
  const lastToken = tokens[last]!;
  const possessive = POSSESSIVE.test(lastToken.text);
  let end = possessive ? lastToken.end - 2 : lastToken.end;
  // "Chicago-based", "Paris-born": the name is the part before the lower-case suffix.
  const suffix = endsInLowerSuffix(lastToken.text)
    ? /-\p{Ll}[\p{L}-]*$/u.exec(lastToken.text)
    : null;
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
    titledThe: tokens[i - 1]?.text === 'The',
    afterOrdinal: single && ORDINAL.test(tokens[i - 1]?.text ?? ''),
    lowerHead,
    tokenIndex: i,
    tokenEnd: last,
  };
}

/**
 * "General Motors", "Queen City Arena": a title word (at `at`) inside an organisation's or a venue's
 * name, known by an organisation head after it or a venue word at the end.
 */
function namesOrgOrVenue(tokens: Token[], lastOrgHead: number, at: number, last: number): boolean {
  if (lastOrgHead > at) return true;
  // "Queen City Arena", "King Fahd Stadium", "King Street": a place named with a title in it
  // (not "Cllr Anya Brook": natural features double as surnames).
  return VENUES.test(tokens[last]!.text);
}

const VENUES =
  /^(?:Arena|Stadium|Stadion|Hall|Palace|Theatre|Theater|Street|Road|Avenue|Square|Bridge|Tower|Airport|Station)$/;
