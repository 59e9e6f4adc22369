import { BOX_PATTERNS } from './box-patterns.ts';
import { LABELS } from './furniture-labels.ts';
import { NOTICE_PATTERNS } from './notice-patterns.ts';
import { PROMPT_PATTERNS } from './prompt-patterns.ts';

/**
 * Vocabulary of page furniture shared by news sites in general (navigation, sharing, ads,
 * newsletters, cookies, comments, footers). Nothing here names a particular site: the rules say
 * what *kind* of line a line is. Each rule carries a reason so `removed` stays explainable.
 */

const SECTION_LABELS = new Set(['obituaries', 'weather', 'deaths', 'death notices']);

/** Headers that introduce a list of links: short label lines after them are furniture too. */
const LIST_HEADERS =
  /^(related( topics| stories| articles| content| coverage)?|more on this story|more (stories|articles|explainers|guides|features|reviews|interviews|podcasts|videos|galleries)|more from .{1,40}|also read|read also|see also|read more|trending( now| stories)?|most (read|popular|viewed|shared)( news| stories| articles)?|promoted (stories|content|links)|popular( now| stories)?|recommended( for you| stories)?|you (may|might) also like|top stories|editor'?s'? picks|latest( news| stories)?|in other news|what to read next|read next|up next|more in .{1,30}|suggested topics|explore more on these topics|topics|tags|more on this topic|notes? (to|for) editors.*|read more (on|about|from) .{1,40}|media (contact|enquiries).*|press (contact|office).*|about the author)\s*:?$/i;

/** `maxWords` keeps prose that merely mentions a furniture word (a story about a newsletter). */
export type Rule = { pattern: RegExp; reason: string; maxWords?: number };

/** Patterns that mark a line as furniture however long it is (up to a sanity cap). */
const PATTERNS: Rule[] = [
  // Not "Opinion:" or "Explainer:": those prefix the article's own headline too.
  {
    pattern:
      /^(read more|read next|up next|related|also read|read also|see also|more|recommended|sponsored|watch|listen|video|live)\s*[:|–—]\s*\S/i,
    reason: 'link to another story',
  },
  // "ALSO ON THE WIRE: Headline", "Also in Business: Headline": a link to the site's other pages.
  {
    pattern: /^also (?:on|in|from) [^:|]{1,30}:\s*\S/i,
    reason: 'link to another story',
    maxWords: 25,
  },
  { pattern: /^related\b.{0,30}$/i, reason: 'related-links header', maxWords: 5 },
  { pattern: /^\d+ (of|\/) \d+$/, reason: 'gallery counter' },
  {
    pattern: /\b(t&cs apply|18\+|begambleaware|free bets?|promo code|bet now)\b/i,
    reason: 'advertisement',
    maxWords: 40,
  },
  // An advertiser's small print closes its copy: "0% finance on selected models. Conditions apply."
  {
    pattern: /\b(?:terms (?:and|&) conditions|conditions|terms|exclusions) apply\.?$/i,
    reason: 'advertisement',
    maxWords: 40,
  },
  {
    pattern:
      /^this (article|story|content|report) (is|was|has been) (provided|supplied|produced|syndicated|republished)\b|\bnews partner\b/i,
    reason: 'syndication note',
    maxWords: 40,
  },
  {
    pattern:
      /^[\p{Lu}][\p{L}\s&.'’-]{1,40} is an? (independent |leading |global |national |non-?profit |not-for-profit |community )*(news agency|news service|wire service|publisher|media (company|group|organi[sz]ation)|news organi[sz]ation|newspaper|newsroom)\b/u,
    reason: 'about the publisher',
    maxWords: 40,
  },
  {
    pattern: /\b(donate|make a donation|give now|a regular gift|gift aid)\b/i,
    reason: 'appeal for support',
    maxWords: 40,
  },
  {
    pattern: /^(want to write for us|write for us|pitch us|we'?re hiring)\b/i,
    reason: 'call to action',
    maxWords: 40,
  },
  {
    pattern:
      /^(was this (page|article|story|explainer|guide|post|piece|answer|information) (helpful|useful)|rate this (page|article|story|explainer|guide))\b/i,
    reason: 'feedback widget',
    maxWords: 10,
  },
  { pattern: /\s(→|»|›|>>)$/, reason: 'link to another story', maxWords: 20 },
  // "📸 Our full photo gallery is on our Instagram", "Follow us on TikTok": a social-media promo.
  {
    pattern:
      /^(?:\p{Extended_Pictographic}|(?:follow|find|join|watch|see) us\b).*\b(?:instagram|facebook|tiktok|youtube|twitter|whatsapp|telegram|threads|bluesky)\b|\b(?:is|are) on (?:our|the) [\p{L}\s]{0,40}(?:instagram|facebook|tiktok|youtube)\b/iu,
    reason: 'social-media promo',
    maxWords: 25,
  },
  {
    pattern: /^(share|post|send) (on|via|by|to|with) [\w.]+$/i,
    reason: 'sharing button',
    maxWords: 4,
  },
  {
    pattern:
      /\b(delivered (straight )?(to your inbox|every|each)|straight to your inbox|in your inbox)\b/i,
    reason: 'newsletter or promotion',
    maxWords: 25,
  },
  {
    pattern: /^by (signing up|subscribing|clicking|continuing|registering)\b/i,
    reason: 'newsletter or promotion',
    maxWords: 30,
  },
  {
    pattern: /^(enter your email|your email address|email address)\b/i,
    reason: 'newsletter or promotion',
    maxWords: 8,
  },
  {
    pattern:
      /^(sign up|subscribe|get (our|the) .{0,40}newsletter|join (our|the) .{0,30}(newsletter|list|mailing)|download (the|our) app|get the app|follow us|like us on|enter your email)/i,
    reason: 'newsletter or promotion',
  },
  {
    pattern: /\b(newsletter|inbox|unsubscribe)\b/i,
    reason: 'newsletter or promotion',
    maxWords: 20,
  },
  { pattern: /^(©|\(c\)|copyright\b)/i, reason: 'copyright footer' },
  { pattern: /\ball rights reserved\b/i, reason: 'copyright footer' },
  {
    pattern:
      /^(privacy policy|terms (of (use|service)|and conditions)|cookie (policy|settings))\b/i,
    reason: 'site footer',
  },
  {
    pattern:
      /\b(we|this (site|website)) uses? cookies\b|\bcookies? (policy|settings|preferences|consent)\b|\baccept (all )?cookies\b/i,
    reason: 'cookie notice',
  },
  { pattern: /^\d[\d,.]*\s*(comments?|replies|shares?|views)$/i, reason: 'comment or share count' },
  {
    pattern: /^(comments?|replies|shares?)\s*[(:]?\s*\d[\d,.]*\)?$/i,
    reason: 'comment or share count',
  },
  // "3 hours ago", "Updated 2 days ago", "Last Updated: 2 hours ago": a stamp relative to when the
  // page was saved, not a date line.
  {
    pattern:
      /^(?:(?:first |last )?(?:published|posted|updated)\s*:?\s*)?\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i,
    reason: 'relative timestamp',
  },
  { pattern: /^\d+\s*(min|minute)s?\s+read$/i, reason: 'reading-time label' },
  { pattern: /^(click|tap) here\b/i, reason: 'call to action' },
  { pattern: /^last (modified|updated) on\b/i, reason: 'modification stamp' },
  {
    pattern: /^(reporting|additional reporting|editing|writing) by\b.*(;|editing by)/i,
    reason: 'wire credits',
  },
  { pattern: /^(our standards|trust principles)\b/i, reason: 'site footer' },
  { pattern: /^welcome to\s+\S/i, reason: 'site greeting', maxWords: 8 },
  { pattern: /^follow\s+@\w+/i, reason: 'social handle', maxWords: 6 },
  {
    pattern:
      /^listen to this (article|story|explainer|guide|piece|report|feature|post|interview)\b/i,
    reason: 'audio player',
    maxWords: 10,
  },
  // The text-size buttons "A-  A  A+" (often beside the audio player's "Listen to this article").
  { pattern: /^a\s?[-−–]\s+a\s+a\s?\+(?:\s|$)/i, reason: 'text-size controls', maxWords: 12 },
  // A row of form fields and buttons, each in brackets: "[Your email] [Sign me up]", "[Accept all]
  // [Reject]". Bracketed labels of a few words with no sentence inside them.
  { pattern: /^(?:\[[^\][.!?]{1,30}\]\s*)+$/u, reason: 'form buttons', maxWords: 12 },
  { pattern: /^(reading time|read time)\s*:?\s*\d+/i, reason: 'reading-time label', maxWords: 6 },
  {
    pattern:
      /\b(for (general )?information(al)? (purposes )?only|does not constitute (financial|legal|investment|medical) advice)\b/i,
    reason: 'disclaimer',
  },
  { pattern: /^(posted in|filed under|tagged)\b.*\|/i, reason: 'post tags' },
  {
    pattern:
      /^(leave a (comment|reply)|comments are closed|your email address will not be published|join the conversation|have your say)\b/i,
    reason: 'comment box',
  },
  { pattern: /^(«|‹)?\s*(previous|next) (post|article|story)\s*:/i, reason: 'post navigation' },
  {
    pattern: /^(support|contribute to|donate to)\b.{0,60}(journalism|from just|a month)/i,
    reason: 'appeal for support',
  },
  { pattern: /\bwe rely on readers\b/i, reason: 'appeal for support', maxWords: 30 },
  {
    pattern: /^(purchase licensing rights|reuse this content|report an error|corrections policy)$/i,
    reason: 'site tools',
  },
  { pattern: /^(all )?quotes delayed\b|\bmarket data delayed\b/i, reason: 'market data notice' },
  // The quote box's small print: "Data is a real-time snapshot. Data is delayed at least 15 minutes."
  {
    pattern:
      /\b(?:data|quotes|prices) (?:is |are )?delayed (?:by )?(?:at least |up to )?\d+ min|\breal-time snapshot\b/i,
    reason: 'market data notice',
    maxWords: 30,
  },
  { pattern: /^[-_*=~•·\s]{3,}$/u, reason: 'separator' },
  { pattern: /^[★☆✩✪✫✬✭✮✯✰⭐\s]+$/u, reason: 'rating stars' },
  {
    pattern:
      /^(this article|this story) (was|is) (originally )?(published|produced|updated)\b.{0,80}$/i,
    reason: 'publication note',
  },
];

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

/** "FTSE 100 8,102.3 +0.4%": mostly numbers with signed changes, no sentence. */
function isTicker(text: string): boolean {
  if (/[.!?]$/.test(text)) return false;
  // A signed change stands after a space ("+0.4%", "-0.03"), unlike the hyphens in "2024-11-19".
  const changes = text.match(/(?:^|\s)[+\-−▲▼]\s?\d[\d,.]*%?/g) ?? [];
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
