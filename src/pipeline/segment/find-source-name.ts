import { stripDecorations } from '../clean/furniture-rules.ts';

const LEGAL_SUFFIX =
  /[\s,]+(?:ltd\.?|limited|inc\.?|llc|plc|gmbh|b\.v\.|s\.a\.|as|ag|media group|media|group|holdings|news & media|or its\b|\d{4})\b.*$/i;
const HOME_LINK = /\s+[-–|]\s+(?:back to )?home(?:page)?$/i;
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
};

/**
 * The publication's name, when the page says it. A headline suffix wins. Otherwise the masthead:
 * among short names above the headline, the one with the most evidence — it shares a distinctive
 * word with the copyright or greeting line (+3), the page names it again below the headline (+2),
 * it is the page's first such line (+1). Failing that, a site greeting ("Welcome to X") or a
 * copyright line without its legal suffix. An all-capitals masthead ("AP") gives way to a fuller
 * name on the page whose initials it is ("The Associated Press").
 */
export function findSourceName({ head, rest, page, titleSuffix }: SourceEvidence): string | null {
  if (titleSuffix) return titleSuffix;
  const fuller = [...page.map(greetingName), ...page.map(copyrightName)].filter(
    (n): n is string => n !== null,
  );
  const masthead = findMasthead(head, rest, fuller);
  if (masthead) {
    if (/^[A-Z]{2,5}$/.test(masthead))
      return fuller.find((name) => initialsOf(name) === masthead) ?? masthead;
    return masthead;
  }
  return fuller[0] ?? null;
}

function findMasthead(head: string[], rest: string[], fuller: string[]): string | null {
  const distinctive = new Set(
    fuller
      .flatMap((name) => name.split(/\s+/))
      .filter((w) => w.length >= 4 && !GENERIC_WORDS.has(w)),
  );
  let best: { name: string; score: number } | null = null;
  head
    // A line led by a bar or bullet ("| Politics") is a section marker, not a masthead.
    .filter((line) => !/^[|•·›»]/u.test(line.trim()))
    .map((line) => stripDecorations(line).replace(HOME_LINK, ''))
    .filter((name) => isName(name) && !/\s{2,}/.test(name) && name.split(/\s+/).length <= 5)
    .forEach((name, position) => {
      const pattern = new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, 'u');
      let score = position === 0 ? 1 : 0;
      if (name.split(/\s+/).some((w) => distinctive.has(w))) score += 3;
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
    /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.+?)(?:[.,·|]|$)/i.exec(
      text.trim(),
    );
  if (!match) return null;
  const name = match[1]!.replace(LEGAL_SUFFIX, '').trim();
  return isName(name) ? name : null;
}

function initialsOf(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

function isName(text: string): boolean {
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
