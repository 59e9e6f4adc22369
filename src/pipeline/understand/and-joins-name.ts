import { isCommonWord } from './common-words.ts';
import { TITLES } from './titles.ts';
import { lookupPlace } from './place-gazetteer.ts';
import type { Token } from './tokenize.ts';

const SKIP_IN_INITIALS = /^(?:of|for|on|and|the|&)$/i;
/** Adjective endings: "Infectious Diseases", "Social Care", "Rural Affairs", "Electronic Arts". */
const ADJECTIVE = /(?:al|ous|ic|ical|ive|ary|ial)$/;

const isCap = (t: Token | undefined): t is Token =>
  !!t && t.isWord && t.cap && !/^\p{N}/u.test(t.text);

/**
 * Whether "and" at index `and` continues the name that starts at `first` (the caller has already
 * checked the organisation-head case, "Competition and Markets Authority"). Two more shapes are
 * one name, not two:
 * - the whole is glossed by a parenthesised acronym of its initials: "Environment and Climate
 *   Change Canada (ECCC)", "National Institute of Allergy and Infectious Diseases (NIAID)";
 * - inside an "X of Y" name, a run of two or more capitalised words that opens with an adjective:
 *   "Division of Microbiology and Infectious Diseases", "Department of Health and Social Care";
 * - after a government portfolio, any short run: "Ministry of Foreign Affairs and Trade".
 * "Spain and Portugal" and "the University of Leeds and Jane Smith" stay apart.
 */
export function andJoinsName(
  tokens: Token[],
  first: number,
  and: number,
  ofName: boolean,
  portfolio = false,
): boolean {
  const from = and + 1;
  if (!isCap(tokens[from])) return false;
  let end = from;
  while (end - from < 8 && isCap(tokens[end + 1]) && tokens[end + 1]!.start - tokens[end]!.end <= 1)
    end++;
  // "Municipal and Allied Workers’ Union (MAWU)": a plural possessive inside the name.
  let glossEnd = end;
  if (/^['’]$/.test(tokens[glossEnd + 1]?.text ?? '') && isCap(tokens[glossEnd + 2])) {
    glossEnd += 2;
    while (glossEnd - from < 10 && isCap(tokens[glossEnd + 1])) glossEnd++;
  }
  if (glossedByInitials(tokens, first, end) || glossedByInitials(tokens, first, glossEnd))
    return true;
  const run = tokens.slice(from, end + 1).map((t) => t.text);
  const plain = !run.some((w) => TITLES.has(w.toLowerCase())) && !lookupPlace(run[0]!);
  // "Ministry of Foreign Affairs and Trade", "Ministry of Fisheries and Ocean Policy": a
  // portfolio's subjects are short.
  if (portfolio && plain && run.length <= 3) return true;
  // "Portuguese Institute for Sea and Atmosphere (IPMA)": an everyday word right before a bracketed
  // acronym is no name of its own, so the acronym glosses the whole, in whatever language it was
  // coined.
  if (
    ofName &&
    plain &&
    run.length === 1 &&
    isCommonWord(run[0]!.toLowerCase()) &&
    tokens[end + 1]?.text === '(' &&
    /^\p{Lu}{2,8}$/u.test(tokens[end + 2]?.text ?? '') &&
    tokens[end + 3]?.text === ')'
  )
    return true;
  return (
    ofName &&
    plain &&
    run.length >= 2 &&
    run[0]!.length >= 5 &&
    ADJECTIVE.test(run[0]!.toLowerCase())
  );
}

/**
 * tokens[first..end] is spelled out by an acronym of its capitalised words' initials, written
 * after it in parentheses ("… and Control (DFPC)") or before it as an apposition ("Acas, the
 * Advisory, Conciliation and Arbitration Service"). The acronym may be written as a word
 * ("Acas"), and may leave out a place that opens the name ("Colorado Division of … (DFPC)").
 */
export function glossedByInitials(tokens: Token[], first: number, end: number): boolean {
  const after = tokens[end + 1]?.text === '(' && tokens[end + 3]?.text === ')';
  // "… and Allied Trades, or NUMAT,": the acronym offered as another name.
  const orAfter = tokens[end + 1]?.text === ',' && tokens[end + 2]?.text === 'or';
  const before = tokens[first - 1]?.text === 'the' && tokens[first - 2]?.text === ',';
  // "CMHC (Canada Mortgage and Housing Corporation)": the acronym first, glossed in brackets.
  const bracketed = tokens[first - 1]?.text === '(' && tokens[end + 1]?.text === ')';
  const written = (
    after
      ? tokens[end + 2]!.text
      : orAfter
        ? (tokens[end + 3]?.text ?? '')
        : before
          ? (tokens[first - 3]?.text ?? '')
          : bracketed
            ? (tokens[first - 2]?.text ?? '')
            : ''
  ).replace(/\./g, '');
  if (!/^\p{Lu}[\p{Lu}\p{Ll}]{2,7}$/u.test(written)) return false;
  const acronym = written.toUpperCase();
  // An acronym of at most eight letters spans at most about twice as many tokens.
  if (end - first > 16) return false;
  const words = tokens
    .slice(first, end + 1)
    .filter((t) => t.isWord && !SKIP_IN_INITIALS.test(t.text));
  const initials = words.map((t) => t.text.charAt(0).toUpperCase()).join('');
  if (initials === acronym) return true;
  // "Crown-Indigenous Relations and Northern Affairs Canada (CIRNAC)": each part of a
  // hyphenated word may give a letter.
  const parts = words.flatMap((t) => t.text.split('-').filter(Boolean));
  if (parts.map((p) => p.charAt(0).toUpperCase()).join('') === acronym) return true;
  return initials.slice(1) === acronym && lookupPlace(words[0]!.text) !== null;
}
