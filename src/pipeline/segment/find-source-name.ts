import { stripDecorations } from '../clean/furniture-rules.ts';
import { ordinaryCase } from './ordinary-case.ts';
import { spelledAfterDash } from './spelled-after-dash.ts';

const LEGAL_SUFFIX =
  /[\s,]+(?:ltd\.?|limited|inc\.?|llc|plc|gmbh|b\.v\.|s\.a\.|as|ag|srl|sarl|spa|pty|pvt|publications?|media group|media|group|holdings|news & media|or its\b|\d{4})\b.*$/i;
/** "National Rivers Agency (NRA) - Caring for Water": the masthead's tagline after a dash. */
const TAGLINE = /(?:\s*\([\p{Lu}&]{2,8}\))?\s+[-–—]\s+\S.*$/u;
const HOME_LINK = /\s+[-–|]\s+(?:back to )?home(?:page)?$/i;
/** "The Harbour Courier | International Edition": the edition a masthead is printed for. */
const EDITION = /\s+[-–|·•]\s+(?:\p{L}+\s+){0,2}edition$/iu;
const GENERIC_WORDS = new Set(['The', 'News', 'Media', 'Group', 'Daily', 'Times', 'Post']);

export type SourceEvidence = {
  /** Lines above the headline that may hold the masthead, in page order (kicker excluded). */
  head: string[];
  /** Lines from the body onward (body, footer), where a site names itself again. */
  rest: string[];
  /** Every line of the page. */
  page: string[];
  /** "Headline | The Daily Post" gives the name outright. */
  titleSuffix: string | null;
  /** The header's byline and date lines: "Ana Ruiz · KGLA News" signs with the site's name. */
  metadata?: string[];
  /** The line right above the headline: usually the section, sometimes the only masthead. */
  kicker?: string | null;
};

/**
 * The publication's name, when the page says it. A headline suffix wins. Otherwise the masthead:
 * among short names above the headline, the one with the most evidence — it shares a distinctive
 * word with the copyright or greeting line (+3), the page names it again below the headline (+2),
 * it is the page's first such line (+1). Failing that, a site greeting ("Welcome to X") or a
 * copyright line without its legal suffix. A byline that signs with the masthead plus a word
 * ("KGLA" → "Ana Ruiz · KGLA News") gives the name the site signs its stories with. An
 * all-capitals masthead is written as the page writes it elsewhere ("STOCKYARD" → "Stockyard"),
 * or gives way to a fuller name whose initials it is ("AP" → "The Associated Press").
 */
export function findSourceName({
  head,
  rest,
  page,
  titleSuffix,
  metadata = [],
  kicker = null,
}: SourceEvidence): string | null {
  if (titleSuffix) return titleSuffix;
  const fuller = [...page.map(greetingName), ...page.map(copyrightName)].filter(
    (n): n is string => n !== null,
  );
  const found = findMasthead(head, rest, fuller) ?? kickerMasthead(head, rest, kicker);
  const newsroom = found && (newsroomOf(found, head) ?? found);
  const masthead = newsroom && (spelledAfterLogo(newsroom, page) ?? newsroom);
  if (masthead) {
    const signed = signedName(masthead, metadata);
    if (signed) return signed;
    if (isShouting(masthead) && !/^\p{Lu}{2,5}$/u.test(masthead)) {
      return mixedCaseSpelling(masthead, [...fuller, ...page]) ?? ordinaryCase(masthead);
    }
    // A short word in capitals is an initialism, unless the page also writes it as a capitalised
    // word ("LUMEN" over "Get the Lumen weekly email"): then it is a logo's lettering. Not a
    // lower-case spelling, which is usually a web address ("cpbc.ca").
    if (/^\p{Lu}{2,5}$/u.test(masthead)) {
      const word = mixedCaseSpelling(masthead, [...fuller, ...page]);
      if (word && /^\p{Lu}\p{Ll}+$/u.test(word)) return word;
    }
    // An initialism gives way to the name it stands for, from the copyright line or spelled out
    // next to it in the masthead ("ÅFR" over "Åland Ferry Radio").
    if (/^\p{Lu}{2,5}$/u.test(masthead)) {
      const spelledOut = [...fuller, ...head.map((line) => stripDecorations(line))];
      return spelledOut.find((name) => isName(name) && initialsOf(name) === masthead) ?? masthead;
    }
    return masthead;
  }
  return fuller[0] ?? null;
}

/**
 * A newsletter opens with its name right above the headline ("Frames Per Second / Five films
 * …"). With no other line above it, that line is the masthead when the page names it again below
 * the headline ("Thanks for reading Frames Per Second!"); a lone kicker is seldom named again.
 */
function kickerMasthead(head: string[], rest: string[], kicker: string | null): string | null {
  if (head.length > 0 || kicker === null) return null;
  const name = stripDecorations(kicker);
  if (!isName(name) || name.split(/\s+/).length > 5) return null;
  const pattern = new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, 'u');
  return rest.some((text) => pattern.test(text)) ? name : null;
}

/** The last word of a publication's name, as opposed to an institution's. */
const PUBLICATION_WORD =
  /\s(?:news|newsroom|times|post|herald|gazette|journal|today|review|chronicle|observer|courier|tribune|daily|weekly|wire|magazine|bulletin|dispatch|echo|ledger|record|express|standard)$/i;

/**
 * An institution's site with its newsroom inside: "Westmarch College" heads the page, and
 * "Westmarch Today" heads the news pages under it. The publication is the newsroom: a masthead
 * line with the institution's first word that ends like a publication's name, when the
 * institution's does not.
 */
function newsroomOf(masthead: string, head: string[]): string | null {
  if (PUBLICATION_WORD.test(masthead)) return null;
  const firstWord = (name: string) =>
    name
      .replace(/^the\s+/i, '')
      .split(/\s+/)[0]!
      .toLowerCase();
  const key = firstWord(masthead);
  return (
    head
      .map((line) => stripDecorations(line))
      .find(
        (name) =>
          name !== masthead &&
          isName(name) &&
          name.split(/\s+/).length <= 4 &&
          PUBLICATION_WORD.test(name) &&
          firstWord(name) === key,
      ) ?? null
  );
}

/** A byline part after a separator that extends the masthead: "Ana Ruiz · KGLA News". */
function signedName(masthead: string, metadata: string[]): string | null {
  const start = new RegExp(`^${escapeRegExp(masthead)}\\s+\\S`, 'i');
  for (const line of metadata) {
    const parts = line.split(/\s+[·•—–]\s+|\s*[|,]\s*/).map((p) => stripDecorations(p));
    const signed = parts.slice(1).find((p) => start.test(p) && p.split(/\s+/).length <= 4);
    if (signed && isName(signed)) return signed;
  }
  return null;
}

/** Capitals only, with at least two letters: "STOCKYARD", "GLOBAL SPORTS WIRE". */
function isShouting(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The same words in ordinary case, from the copyright line or anywhere on the page. */
function mixedCaseSpelling(shouting: string, lines: string[]): string | null {
  const words = shouting.split(/\s+/).map(escapeRegExp).join('\\s+');
  const pattern = new RegExp(`(^|[^\\p{L}])(${words})($|[^\\p{L}])`, 'iu');
  for (const line of lines) {
    const found = pattern.exec(line)?.[2];
    if (found && /\p{Ll}/u.test(found)) return found;
  }
  return null;
}

function findMasthead(head: string[], rest: string[], fuller: string[]): string | null {
  const distinctive = new Set(
    fuller
      .flatMap((name) => name.split(/\s+/))
      .filter((w) => w.length >= 4 && !GENERIC_WORDS.has(w)),
  );
  const distinctiveAnyCase = new Set([...distinctive].map((w) => w.toLowerCase()));
  let best: { name: string; score: number } | null = null;
  head
    // A line led by a bar or bullet ("| Politics") is a section marker, not a masthead.
    .filter((line) => !/^[|•·›»]/u.test(line.trim()))
    .map((line) => {
      const name = stripDecorations(line).replace(HOME_LINK, '').replace(EDITION, '');
      return spelledAfterDash(name, fuller) ?? name.replace(TAGLINE, '');
    })
    .filter((name) => isName(name) && !/\s{2,}/.test(name) && name.split(/\s+/).length <= 5)
    .forEach((name, position) => {
      // A logo in capitals ("LUMEN") is named again in ordinary case below ("Get the Lumen weekly
      // email"), so it is looked for in any case; a mixed-case name must match as written.
      const flags = isShouting(name) ? 'iu' : 'u';
      const pattern = new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, flags);
      // A masthead in capitals ("DECCAN OBSERVER") shares the copyright line's words all the same.
      const isDistinctive = (w: string) =>
        isShouting(name) ? distinctiveAnyCase.has(w.toLowerCase()) : distinctive.has(w);
      let score = position === 0 ? 1 : 0;
      if (name.split(/\s+/).some(isDistinctive)) score += 3;
      if (rest.some((text) => pattern.test(text))) score += 2;
      if (score > 0 && (!best || score > best.score)) best = { name, score };
    });
  return (best as { name: string } | null)?.name ?? null;
}

function greetingName(text: string): string | null {
  const match = /^welcome to\s+(.+?)[.!]?$/i.exec(text);
  return match && isName(match[1]!) ? match[1]!.trim() : null;
}

function copyrightName(text: string): string | null {
  const match =
    /^(?:©|\(c\)|copyright)\s*(?:©\s*|copyright\s+)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.+?)(?:[.,·|]|$)/i.exec(
      text.trim(),
    );
  if (!match) return null;
  const name = match[1]!.replace(LEGAL_SUFFIX, '').trim();
  return isName(name) ? name : null;
}

/**
 * "KTN Kestrel Television News": a logo's initials printed before the name they stand for, as a
 * masthead's lettering is pasted. The name is the words after the initials, when they spell
 * exactly those initials (not "BBC World News") and the page names the site elsewhere without
 * them ("©2026 Kestrel Television News"); a page that always prints the initials with the name
 * ("© KTN Kestrel Television News" in the footer) says the site's name includes them.
 */
function spelledAfterLogo(masthead: string, page: string[]): string | null {
  const match = /^(\p{Lu}{2,5})\s+(\p{Lu}.*)$/u.exec(masthead.trim());
  if (!match || !isName(match[2]!) || isShouting(match[2]!)) return null;
  const [, initials, spelled] = match as unknown as [string, string, string];
  if (initialsOf(spelled) !== initials) return null;
  const alone = page.some((line) => {
    for (let at = line.indexOf(spelled); at >= 0; at = line.indexOf(spelled, at + 1))
      if (!line.slice(0, at).trimEnd().endsWith(initials)) return true;
    return false;
  });
  return alone ? spelled : null;
}

function initialsOf(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** A masthead is short: a 100,000-letter "word" is noise, and too big to become a RegExp. */
const MAX_NAME_LENGTH = 80;

function isName(text: string): boolean {
  if (text.length > MAX_NAME_LENGTH) return false;
  const words = text.trim().split(/\s+/);
  // Lower-case brands exist ("halfbyte"), but only as one word: a lower-case phrase is a tagline.
  const brand = words.length === 1 && /^\p{Ll}[\p{L}\d-]{2,}$/u.test(words[0]!);
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    (/^(\p{Lu}|\d)/u.test(text.trim()) || brand) &&
    !/[!?:]|\.$/.test(text)
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
