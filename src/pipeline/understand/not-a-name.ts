import { isCommonWord } from './common-words.ts';
import { endsHoliday, isHoliday } from './holidays.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { TITLES } from './titles.ts';
import { isDemonym, lookupPlace } from './place-gazetteer.ts';
import { stripPossessive } from './possessive.ts';
import type { Token } from './tokenize.ts';

const COMPASS_WORDS = /^(?:North|South|East|West|Central|Latin|Northern|Southern|Eastern|Western)$/;
/** Capitalised nouns that a number follows as a label ("District 3", "Platform 9"), not names. */
const NUMBERED =
  /^(?:district|ward|platform|level|stage|phase|gate|terminal|zone|block|lot|unit|room|floor|category|grade|tier|article|section|chapter|clause|schedule|division|round|game|match|week|day|junction|exit|pier|berth|bay|box|line|lane|region|area|sector|plot|court)$/i;

const STYLES =
  /^(?:Gothic|Baroque|Romanesque|Renaissance|Victorian|Georgian|Edwardian|Elizabethan|Tudor|Regency|Byzantine|Neoclassical|Rococo|Palladian|Moorish|Brutalist|Modernist|Impressionist|Cubist|Expressionist|Neolithic|Medieval|Mediaeval)$/;

/**
 * Capitalised runs that have a name's shape but name nothing: demonyms, shouted words, codes,
 * titles, numbered labels, currencies and region adjectives. `i` and `last` are the run's first
 * and last name tokens once titles and calendar words are stripped.
 */
export function isNotAName(
  text: string,
  tokens: Token[],
  i: number,
  last: number,
  paragraph: number,
): boolean {
  const head = tokens[i]!;
  const single = i === last;
  // "New Year’s Eve 2021", "on Christmas Day": a holiday is a date.
  const run = text.slice(head.start, tokens[last]!.end);
  if (isHoliday(run) || isHoliday(`${run} ${tokens[last + 1]?.text ?? ''}`)) return true;
  if (single && endsHoliday(text.slice(Math.max(0, head.start - 30), head.start), head.text))
    return true;
  // "the North Sea and the Baltic": a region's name that is also its adjective, used as a noun.
  const asNoun =
    /^the$/i.test(tokens[i - 1]?.text ?? '') &&
    !!lookupPlace(head.text) &&
    !(
      tokens[last + 1]?.isWord &&
      !tokens[last + 1]!.cap &&
      !FUNCTION_WORDS.has(tokens[last + 1]!.text.toLowerCase())
    );
  // "Vietnamese-born": a demonym with a lower-case suffix is still a demonym.
  const bare = stripPossessive(head.text).replace(/-\p{Ll}[\p{L}-]*$/u, '');
  if (single && isDemonym(bare) && !asNoun) return true;
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
    return true;
  // "a Gothic church", "the Victorian terraces": a style or a period used as an adjective.
  if (single && STYLES.test(head.text) && /^\s+\p{Ll}/u.test(text.slice(head.end, head.end + 3)))
    return true;
  // "South American standings", "Latin American states": a compass word and a demonym.
  if (last === i + 1 && COMPASS_WORDS.test(head.text) && isDemonym(tokens[last]!.text)) return true;
  // Single letters, plural acronyms ("LEDs") and codes like "H1N1" are not names.
  if (
    single &&
    (/^\p{Lu}$/u.test(head.text) ||
      /^\p{Lu}{2,}s$/u.test(head.text) ||
      /\d\p{L}+\d/u.test(head.text) ||
      /^(?:FY|Q|H)\d{1,4}$/.test(head.text))
  )
    return true;
  if (single && TITLES.has(head.text.toLowerCase())) return true;
  // "CANCELLED", "BREAKING": an everyday word shouted is no acronym (short ones, "WHO", may be).
  if (single && /^\p{Lu}{5,}$/u.test(head.text) && isCommonWord(head.text)) return true;
  if (single && NUMBERED.test(head.text) && /^\s+\d/.test(text.slice(head.end, head.end + 3)))
    return true;
  if (single && isCurrency(text, head)) return true;
  // "R2,025", "R38m", "P500": rand and peso amounts written with a letter.
  if (single && /^[RP]\d[\d,.]*(?:m|bn|k)?$/.test(head.text)) return true;
  // "Series B" (a funding round), "Signal No. 5" (a numbered label).
  if (/^Series [A-H]$/.test(run)) return true;
  // "Level IV", "Phase II": a label numbered in Roman numerals.
  if (last === i + 1 && NUMBERED.test(head.text) && /^[IVX]{1,4}$/.test(tokens[last]!.text))
    return true;
  if (tokens[last]!.text === 'No' && /^\.\s?\d/.test(text.slice(tokens[last]!.end))) return true;
  // "Antarctic ice shelf", "Atlantic storms", "Mediterranean diet": a region's adjective, like a
  // demonym, is not a mention of the region ("to the Atlantic at Lisbon" still is).
  const next = tokens[last + 1];
  const modifies = !!next?.isWord && !next.cap && !FUNCTION_WORDS.has(next.text);
  if (single && /(?:ic|ean)$/.test(head.text) && lookupPlace(head.text) && modifies) return true;
  // "Q&A", "R&D", "M&A", "B&Bs": letters joined by an ampersand are common nouns.
  if (last === i + 2 && /^\p{Lu}&\p{Lu}s?$/u.test(text.slice(head.start, tokens[last]!.end)))
    return true;
  return false;
}

/** Currency words written before an amount ("Rs 5 lakh", "KSh 200"), not names. */
const CURRENCY_WORDS = new Set(['Rs', 'Rp', 'Ksh', 'KSh', 'Sh', 'Shs', 'USh', 'Tk', 'Dh', 'Dhs']);

/** "US$2,030", "A$40", "NZ$3": a place code fused to a currency sign; "Rs 5 lakh": a currency word. */
function isCurrency(text: string, head: Token): boolean {
  if (/^[$€£¥¢₵₦₹]/.test(text.slice(head.end, head.end + 1))) return true;
  return CURRENCY_WORDS.has(head.text) && /^\.?\s?\d/.test(text.slice(head.end, head.end + 3));
}
