import { stripDecorations } from '../clean/furniture-rules.ts';
import { ordinaryCase } from './ordinary-case.ts';
import { sectionNamedBelow } from './section-named-below.ts';

const CRUMB_SEPARATOR = /\s*[>›»]\s*|\s+\/\s+/;
/** A kicker also stacks its labels with a spaced bar: "NEWS | LOCAL POLITICS". */
const KICKER_SEPARATOR = /\s*[>›»]\s*|\s+[/|]\s+/;
/** The label before a section's name: "Section: World", "Category: Gardening", "Filed under: Law". */
const SECTION_LABEL = /^(?:section|category|filed under|topic)\s*:\s*/i;

/** What kind of piece a story is, rather than where it is filed. */
const GENRE =
  /^(?:reviews?|opinion|analysis|comment|commentary|interviews?|features?|explainers?|previews?|podcasts?|videos?|live|profiles?|essays?|columns?|editorials?|letters|recaps?|q&a|obituar(?:y|ies))$/i;

/**
 * The section a page files the story under, from what sits above the headline. The line right
 * above the headline is the usual place (a kicker: "Politics", a breadcrumb "News › Courts" whose
 * last crumb is the most specific); failing that, a section bar ("| Politics") or a labelled line
 * ("Section: World") anywhere above it, the closest one winning.
 */
export function findSection(
  headTexts: string[],
  sourceName: string | null,
  metadata: string[] = [],
  page: string[] = [],
  menus: string[] = [],
  { kicker = true }: { kicker?: boolean } = {},
): string | null {
  const found =
    sectionNamedBelow(headTexts, page, sourceName) ??
    rawSection(headTexts, sourceName, metadata, menus, kicker);
  return found === null ? null : asPageWritesIt(found, page);
}

function rawSection(
  headTexts: string[],
  sourceName: string | null,
  metadata: string[],
  menus: string[],
  hasKicker: boolean,
): string | null {
  // Not the publication's name, nor a date line, nor a wire that signs the byline ("By Ana Ruiz,
  // Celtic Wire"). A desk inside a role ("Sports Wire Cricket Writer") may still be the section.
  const usable = headTexts.filter((t) => {
    const label = stripDecorations(t);
    // The masthead in capitals ("HARBOUR POST") is the site's name, not its section.
    return (
      label.toLowerCase() !== sourceName?.toLowerCase() &&
      !metadata.some((line) => signsWith(line, label))
    );
  });
  const kicker =
    hasKicker && usable.length > 0 ? kickerFrom(usable[usable.length - 1]!, menus) : null;
  if (kicker) return kicker;
  for (let i = usable.length - 1; i >= 0; i--) {
    const section = markedSectionFrom(usable[i]!, menus);
    if (section) return section;
  }
  return null;
}

/** The metadata line is the label, or ends with it after a separator. */
function signsWith(line: string, label: string): boolean {
  const text = stripDecorations(line);
  if (text === label) return true;
  return text.endsWith(label) && /[,|·•–—-]\s*$/.test(text.slice(0, -label.length));
}

/**
 * The kicker's label. A breadcrumb's last crumb is the most specific; in a slashed kicker, the one
 * that is an item of the page's menu when the last is not ("ART / REVIEW" under a menu "Art  Books
 * Film": the genre "Review" is not a section).
 */
function kickerFrom(text: string, menus: string[]): string | null {
  // "1. SECURITY": a newsletter numbers its stories' kickers. "Category: Gardening": a blog
  // prints its kicker with the label of the field it fills.
  const crumbs = text
    .replace(/^\d{1,2}[.)]\s+/, '')
    .replace(SECTION_LABEL, '')
    .split(KICKER_SEPARATOR)
    .map((c) => stripDecorations(c))
    .filter(Boolean);
  const last = crumbs[crumbs.length - 1];
  if (!last || !crumbs.every((c) => c.split(/\s+/).length <= 4)) return null;
  // "ART / REVIEW", "ASIA-PACIFIC / DIPLOMACY": a slashed kicker set in capitals pairs a section
  // with a genre or topic, like two tags; so does any kicker whose last crumb is a genre. A "›"
  // breadcrumb, or a slashed one in ordinary case ("Archaeology / Discoveries", "Home / Regions /
  // East Java"), is a path whose last crumb is the most specific, listed in the menu or not.
  if (crumbs.length > 1 && menus.length > 0 && /\s\/\s/.test(text) && !/[>›»]/.test(text)) {
    const listed = crumbs.filter((c) => inMenu(c, menus));
    const chosen = listed[listed.length - 1];
    const tagPair = GENRE.test(last) || !/\p{Ll}/u.test(text);
    if (chosen && !inMenu(last, menus) && tagPair && isLabel(chosen)) return chosen;
  }
  return isLabel(last) ? last : null;
}

/** The label is one of the words or phrases of a menu bar (any case). */
function inMenu(label: string, menus: string[]): boolean {
  if (label.length > 60) return false;
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const pattern = new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}-])`, 'iu');
  return menus.some((m) => m.length <= 400 && pattern.test(m));
}

/**
 * An all-capitals label ("MATCH REPORTS") as the page writes it elsewhere in ordinary case (a menu,
 * a tag list: "Match Reports"); in title case when the page never does ("POLITICS" → "Politics").
 */
function asPageWritesIt(label: string, page: string[]): string {
  if (label.length > 60) return label;
  if (!/^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(label)) return label;
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const pattern = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu');
  for (const line of page) {
    if (line.length > 400) continue;
    const m = pattern.exec(line);
    // Only a capitalised spelling: "challenged it in courts" is the word, not the label.
    if (m && /\p{Ll}/u.test(m[0]) && /^\p{Lu}/u.test(m[0])) return m[0].replace(/\s+/g, ' ');
  }
  return ordinaryCase(label);
}

function markedSectionFrom(text: string, menus: string[]): string | null {
  const labelled = /^(?:section|category|filed under|topic)\s*:\s*(.{2,40})$/i.exec(text);
  if (labelled) return labelled[1]!.trim();
  if (CRUMB_SEPARATOR.test(text)) return kickerFrom(text, menus);
  // A section bar: a short capitalised label that the page set off with a bullet or pipe.
  if (/^[\s|•·›»]+\S/u.test(text)) {
    const label = stripDecorations(text);
    if (isLabel(label)) return label;
  }
  return null;
}

function isLabel(text: string): boolean {
  return (
    /^\p{Lu}/u.test(text) &&
    text.split(/\s+/).length <= 4 &&
    !/[.!?:,;]$/.test(text) &&
    !/\s{2,}/.test(text)
  );
}
