import { furnitureByVocabulary, isListHeader, stripDecorations } from './clean/furniture-rules.ts';
import { joinWrappedLines, pageWrapWidth, type SourceLine } from './clean/join-wrapped-lines.ts';
import { markNewsletterBoxes } from './clean/mark-newsletter-boxes.ts';
import { markSponsorBlocks } from './clean/mark-sponsor-blocks.ts';
import { markSummaryBoxes } from './clean/mark-summary-boxes.ts';
import { normaliseText } from './clean/normalise-text.ts';
import { isProse, isShortLabel, wordsOf } from './text-features.ts';

/** One line (or re-joined wrapped paragraph) of the page, with the evidence that it is furniture. */
export type Unit = {
  text: string;
  /** 1-based line number in the input, for messages. */
  line: number;
  /** Parts of the line the page set apart with tabs or wide gaps; [text] for ordinary lines. */
  cells: string[];
  /** Why this unit is page furniture, or null when it may be article text. */
  furniture: string | null;
};

export type Cleaned = { units: Unit[] };

/**
 * Stage 1: split the page into units and mark furniture by evidence that needs no knowledge of
 * the article's structure (vocabulary, repetition, link lists). Position-based decisions (what
 * comes before the headline, after the last paragraph) belong to the segment stage, which knows
 * where the article is. Nothing is dropped here: every unit is passed on with its verdict.
 */
export function clean(raw: string): Cleaned {
  const units = toUnits(raw);
  markByVocabulary(units);
  markShortRepeats(units);
  markLinkLists(units);
  markSponsorBlocks(units);
  markNewsletterBoxes(units);
  markSummaryBoxes(units);
  return { units };
}

function toUnits(raw: string): Unit[] {
  const blocks: SourceLine[][] = [];
  let block: SourceLine[] = [];
  const flush = () => {
    if (block.length > 0) blocks.push(block);
    block = [];
  };
  raw
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .forEach((rawLine, i) => {
      const line = normaliseText(rawLine).trim();
      if (line === '') return flush();
      // Wide gaps and tabs separate menu cells; normalising would erase that evidence.
      const cells = rawLine
        .split(/\t|[ \u00A0]{3,}/)
        .map((c) => normaliseText(c).trim())
        .filter(Boolean);
      block.push({ text: line, line: i + 1, cells: cells.length > 1 ? cells : [line] });
    });
  flush();
  // A hard-wrapped page shows its wrap column in its long paragraphs; a two-line paragraph is
  // judged against it (see joinWrappedLines).
  const width = pageWrapWidth(blocks);
  return blocks.flatMap((b) => joinWrappedLines(b, width).map((l) => ({ ...l, furniture: null })));
}

function markByVocabulary(units: Unit[]): void {
  for (const unit of units) {
    const verdict = furnitureByVocabulary(unit.text, unit.cells);
    if (verdict.furniture) unit.furniture = verdict.reason;
  }
}

/** Menus and section bars repeat ("Menu … Menu"); short labels seen twice are not article text. */
function markShortRepeats(units: Unit[]): void {
  const counts = new Map<string, number>();
  const key = (u: Unit) => stripDecorations(u.text).toLowerCase();
  for (const u of units) counts.set(key(u), (counts.get(key(u)) ?? 0) + 1);
  for (const u of units) {
    if (
      u.furniture === null &&
      (counts.get(key(u)) ?? 0) > 1 &&
      wordsOf(u.text).length <= 3 &&
      isShortLabel(u.text)
    ) {
      u.furniture = 'repeated label';
    }
  }
}

/** After "Related stories" or "Most read", the headline-like lines that follow are links. */
function markLinkLists(units: Unit[]): void {
  let inList = false;
  for (const [i, u] of units.entries()) {
    if (isListHeader(u.text)) {
      inList = !isMenuItem(units, i);
      continue;
    }
    if (!inList) continue;
    // A list ends at running text, and at a byline or date line: "Read more" is sometimes only
    // a button above the article's own header.
    if (
      (isProse(u.text) && !/^[•·▪◦►*-]/u.test(u.text)) ||
      /^by\s/i.test(u.text) ||
      /\b\d{4}\b/.test(u.text)
    ) {
      inList = false;
    } else if (u.furniture === null && wordsOf(u.text).length >= 3) {
      // Links are headlines; one- and two-word labels after "Tags" are a menu, judged by position.
      u.furniture = 'related-links list';
    }
  }
}

/** Headers whose items are labels, not headlines: "Tags", "Topics", "Explore more on these topics". */
const LABEL_LIST_HEADER = /\b(?:tags|topics)\b/i;
/** How many one- or two-word lines right after a headline-list header make it a menu item. */
const MENU_RUN = 3;

/**
 * "Top Stories" among "Sign In / Top Stories / Local / Climate / World": a menu item that happens
 * to be worded like a list header. A list of links goes on with headlines (a kicker may sit over
 * each, "Markets / Canada's dollar slips …"); a run of short labels right under the header is the
 * rest of the menu, and the headline further down is not a link.
 */
function isMenuItem(units: Unit[], header: number): boolean {
  if (LABEL_LIST_HEADER.test(units[header]!.text)) return false;
  const next = units.slice(header + 1, header + 1 + MENU_RUN);
  return (
    next.length === MENU_RUN && next.every((u) => wordsOf(u.text).length <= 2 && !isProse(u.text))
  );
}
