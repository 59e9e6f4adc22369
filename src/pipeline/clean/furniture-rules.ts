import { BOX_PATTERNS } from './box-patterns.ts';
import { PATTERNS } from './furniture-patterns.ts';
import { LABELS } from './furniture-labels.ts';
import { NOTICE_PATTERNS } from './notice-patterns.ts';
import { PROMPT_PATTERNS } from './prompt-patterns.ts';

/**
 * Vocabulary of page furniture shared by news sites in general (navigation, sharing, ads,
 * newsletters, cookies, comments, footers). Nothing here names a particular site: the rules say
 * what *kind* of line a line is. Each rule carries a reason so `removed` stays explainable.
 */

const SECTION_LABELS = new Set(['obituaries', 'weather', 'deaths', 'death notices']);

/**
 * Headers that introduce a list of links: short label lines after them are furniture too. A
 * section's own list ("Most read in Sport") names the section after "in".
 */
const LIST_HEADERS =
  /^(related( topics| stories| articles| content| coverage)?|more on this story|more (stories|articles|explainers|guides|features|reviews|interviews|podcasts|videos|galleries|essays|(long )?reads)|more from .{1,40}|also read|read also|see also|read more|trending( now| stories)?|most (read|popular|viewed|shared)( news| stories| articles| in [\w' ]{1,30})?|promoted (stories|content|links)|popular( now| stories)?|recommended( for you| stories)?|you (may|might) also like|top stories|editor'?s'? picks|latest( news| stories)?|in other news|what to read next|read next|up next|more in .{1,30}|suggested topics|explore more on these topics|topics|tags|more on this topic|notes? (to|for) editors.*|read more (on|about|from) .{1,40}|media (contact|enquiries).*|press (contact|office).*|about the author)\s*:?$/i;

/** `maxWords` keeps prose that merely mentions a furniture word (a story about a newsletter). */
export type Rule = { pattern: RegExp; reason: string; maxWords?: number };

/**
 * The general vocabulary first, then the boxes, prompts and notices of `box-patterns.ts`,
 * `prompt-patterns.ts` and `notice-patterns.ts`.
 */
const RULES = [...PATTERNS, ...BOX_PATTERNS, ...PROMPT_PATTERNS, ...NOTICE_PATTERNS];

export type FurnitureVerdict = { furniture: true; reason: string } | { furniture: false };

/** Strip bullets, pipes and arrows that menus and share bars put around their labels. */
export function stripDecorations(text: string): string {
  return text
    .replace(/^[\s|•·›»>◦▪▸►–—*\-/]+/u, '')
    .replace(/[\s|•·›»<◦▪▸►–—*\-/]+$/u, '')
    .trim();
}

export function isListHeader(text: string): boolean {
  return LIST_HEADERS.test(stripDecorations(text));
}

/** Judge one line by vocabulary alone. Length caps keep real prose that merely mentions "share". */
export function furnitureByVocabulary(text: string, cells: string[] = [text]): FurnitureVerdict {
  const bare = stripDecorations(text);
  if (bare.length === 0) return { furniture: true, reason: 'decoration only' };
  const lower = bare.toLowerCase();
  // A menu word that is also a newspaper section ("Obituaries"): furniture, but as a kicker right
  // above the headline it names the section.
  if (SECTION_LABELS.has(lower)) return { furniture: true, reason: 'section label' };
  if (LABELS.has(lower)) return { furniture: true, reason: 'navigation or sharing label' };
  if (isListHeader(bare)) return { furniture: true, reason: 'related-links header' };
  // A row of labels ("Facebook Twitter WhatsApp Email", "Home | World | Business", or cells
  // that the page set apart with wide gaps: "Manage preferences    Accept all").
  const parts = (cells.length > 1 ? cells : lower.split(/\s*[|•·/]\s*/))
    .map((p) => stripDecorations(p).toLowerCase())
    .filter(Boolean);
  if (parts.length >= 2 && parts.every((p) => LABELS.has(p))) {
    return { furniture: true, reason: 'navigation or sharing bar' };
  }
  if (isShareRow(parts)) return { furniture: true, reason: 'navigation or sharing bar' };
  const words = lower.split(/\s+/);
  if (words.length >= 2 && words.length <= 8 && words.every((w) => LABELS.has(w))) {
    return { furniture: true, reason: 'navigation or sharing bar' };
  }
  const wordCount = bare.split(/\s+/).length;
  for (const rule of RULES) {
    if (wordCount <= (rule.maxWords ?? 60) && rule.pattern.test(bare)) {
      return { furniture: true, reason: rule.reason };
    }
  }
  if (isTicker(bare)) return { furniture: true, reason: 'market ticker' };
  // A breadcrumb ("Sport › Football › Women's Football") is navigation, but it names the section.
  if (/[›»>]/.test(text) && isNavRow(text.replace(/\s*[›»>]\s*/g, ' | '), [text]))
    return { furniture: true, reason: 'breadcrumb' };
  // "Home / News / Regions / East Java": slashes join a kicker's two labels too ("Art / Review"),
  // so a slashed path is a breadcrumb only when it starts at the site's home.
  if (SLASHED_FROM_HOME.test(text) && isNavRow(text.replace(/\s+\/\s+/g, ' | '), [text]))
    return { furniture: true, reason: 'breadcrumb' };
  if (isNavRow(text, cells)) return { furniture: true, reason: 'navigation bar' };
  return { furniture: false };
}

const SLASHED_FROM_HOME = /^home\s+\/\s+\S/i;

/** "Comments (214)", "12 shares": a counter printed as a button. */
const COUNTER =
  /^(?:(?:comments?|replies|shares?)\s*\(\d[\d,.]*\)|\d[\d,.]*\s*(?:comments?|shares?))$/;

/**
 * "Comments (214)   Share   f   𝕏   ✉", "Share this · X · Listen to this story (4 min)": a share
 * bar whose buttons are labels, counters, one-glyph icons (a letter or symbol standing for a
 * network) and buttons the furniture rules know. At least one real label is needed: a row of
 * single letters alone is not evidence.
 */
function isShareRow(parts: string[]): boolean {
  return (
    parts.length >= 3 &&
    parts.some((p) => LABELS.has(p)) &&
    parts.every(
      (p) =>
        LABELS.has(p) ||
        COUNTER.test(p) ||
        /^\S$/u.test(p) ||
        RULES.some((r) => p.split(/\s+/).length <= (r.maxWords ?? 60) && r.pattern.test(p)),
    )
  );
}

/** "FTSE 100 8,102.3 +0.4%": mostly numbers with signed changes, no sentence. */
function isTicker(text: string): boolean {
  if (/[.!?]$/.test(text)) return false;
  // A signed change stands after a space ("+0.4%", "-0.03"), unlike the hyphens in "2024-11-19".
  // A minus sign is set tight to its number: the spaced dash in "9 April 2025 - 02:10 AM" joins a
  // date to its time.
  const changes = text.match(/(?:^|\s)(?:[+▲▼]\s?|[-−])\d[\d,.]*%?/g) ?? [];
  const numbers = text.match(/\d[\d,.]*/g) ?? [];
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  return changes.length >= 1 && numbers.length >= 2 && letters <= 40;
}

/** Three or more short segments joined by separators or wide gaps: a menu row, not a sentence. */
function isNavRow(text: string, cells: string[]): boolean {
  const parts = (cells.length > 1 ? cells : text.split(/\s*[|•·›»]\s*/))
    .map((p) => p.trim())
    .filter(Boolean);
  // Menus have no numbers; "Thomas Keller | 2025.04.24 | 4 min read" is a byline and date line.
  return (
    parts.length >= 3 &&
    parts.every((p) => p.split(/\s+/).length <= 3 && !/[.!?]$/.test(p) && !/\d/.test(p))
  );
}
