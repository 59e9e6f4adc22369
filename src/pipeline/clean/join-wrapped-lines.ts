import { endsLikeSentence, startsLowercase } from '../text-features.ts';
import { LABELS } from './furniture-labels.ts';

/** `cells`: the line's parts where the page left wide gaps (menus pasted as "News    Sport"). */
export type SourceLine = { text: string; line: number; cells: string[] };

/** Wrapped prose is narrow: editors and mail clients wrap at 60-100 columns. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAPPED_LINE = 40;
/**
 * Or a second reporter's credit on its own line under the byline ("Additional reporting by …"):
 * a header's lines are as even as a wrapped paragraph's, but each is a field of its own.
 */
const METADATA_START =
  /^(?:(by|published|updated|posted|photo|photograph|credit|source|image)\b[\s:]|(?:with )?additional reporting\b)/i;
/**
 * A lower-case line that is not the rest of a sentence: a label with a colon ("by: Ana Ruiz",
 * "posted: …") or a button ("e-mail") under a headline or date line that stops without a full stop.
 */
const LOWER_CASE_LABEL = /^(by|published|updated|posted|photo|credit|source)\s*:/i;
/**
 * A line that stops on an article, a conjunction or a possessive ("… funded in part by the" /
 * "Nordic Bioeconomy Fund.") is cut mid-phrase: neither a headline nor a label ends so. The next
 * line continues it even when it starts with a capital, as a name does. Not prepositions: English
 * leaves them at the end ("… so you don't have to", "… what it is made of").
 */
const DANGLING_END = /\s(?:the|a|an|and|or|nor|but|its|their|our|your)$/;
/** A label ending in "the" is rarer the longer it is; a short one may be a menu item. */
const MIN_DANGLING_WORDS = 4;

/**
 * Turn one blank-line-separated block into units. A hard-wrapped paragraph (every line but the
 * last about as long as the longest, none wider than a wrap width) becomes one unit; otherwise a
 * line is joined to the previous one only when that one stops mid-sentence and this one starts in
 * lower case ("…for the most important" / "stories unfolding…").
 */
export function joinWrappedLines(block: SourceLine[], pageWrapWidth = 0): SourceLine[] {
  if (block.length <= 1) return block;
  if (isWrappedBlock(block) || breaksAtWrap(block, pageWrapWidth)) {
    const text = block.map((l) => l.text).join(' ');
    return [{ text, line: block[0]!.line, cells: [text] }];
  }

  // Parts are collected and joined once: growing one string line by line and reading its end
  // for every line made a block of thousands of wrapped lines quadratic.
  const groups: { first: SourceLine; parts: string[]; length: number }[] = [];
  for (const current of block) {
    const previous = groups[groups.length - 1];
    const last = previous?.parts[previous.parts.length - 1] ?? '';
    const continues =
      previous !== undefined &&
      ((continuesInLowerCase(current.text) &&
        !endsLikeSentence(last) &&
        !LOWER_CASE_LABEL.test(current.text) &&
        !LABELS.has(current.text.toLowerCase()) &&
        previous.length >= MIN_WRAPPED_LINE) ||
        dangles(last, previous.parts.length));
    if (previous && continues) {
      previous.parts.push(current.text);
      previous.length += current.text.length + 1;
    } else {
      groups.push({ first: current, parts: [current.text], length: current.text.length });
    }
  }
  return groups.map(({ first, parts }) => {
    if (parts.length === 1) return { ...first };
    const text = parts.join(' ');
    return { text, line: first.line, cells: [text] };
  });
}

/**
 * A line that opens like a byline, date line or credit. Not one in lower case without a label's
 * colon ("by Ana Ruiz, a retired teacher, …" under "… was set up in 2019"): in a hard-wrapped
 * paragraph that is the rest of a sentence cut before a preposition, and pages print their
 * bylines and credits capitalised ("By Ana Ruiz") or as labels ("by: Ana Ruiz").
 */
function opensField(line: SourceLine): boolean {
  if (!METADATA_START.test(line.text)) return false;
  return !startsLowercase(line.text) || LOWER_CASE_LABEL.test(line.text);
}

function widestLine(block: SourceLine[]): number {
  // Not Math.max(...widths): spreading a block of a few hundred thousand lines overflows the stack.
  return block.reduce((a, l) => Math.max(a, l.text.length), 0);
}

/** Every line but the last about as long as the longest, none wider than a wrap width. */
function isWrappedBlock(block: SourceLine[]): boolean {
  const widest = widestLine(block);
  const inner = block.slice(0, -1);
  // A list of questions or headlines is not a wrapped paragraph, however even its lines are.
  const sentenceEnds = inner.filter((l) => endsLikeSentence(l.text)).length;
  // Two lines are too little evidence of wrapping ("By Ana Ruiz, Reporter" over "Published: …"),
  // and a line that opens like a byline, date line or credit starts a new unit.
  return (
    block.length >= 3 &&
    !block.slice(1).some(opensField) &&
    widest <= MAX_WRAP_WIDTH &&
    sentenceEnds * 2 < inner.length + 1 &&
    inner.every((l) => l.text.length >= MIN_WRAPPED_LINE && l.text.length >= widest * 0.6)
  );
}

/** How many wrapped paragraphs show that the page itself is hard-wrapped. */
const MIN_WRAPPED_BLOCKS = 2;

/**
 * The column a hard-wrapped page wraps at: the widest line of its wrapped paragraphs, or 0 when
 * fewer than two blocks are wrapped paragraphs (the page is not hard-wrapped).
 */
export function pageWrapWidth(blocks: SourceLine[][]): number {
  const wrapped = blocks.filter((b) => b.length > 1 && isWrappedBlock(b));
  if (wrapped.length < MIN_WRAPPED_BLOCKS) return 0;
  return wrapped.reduce((a, b) => Math.max(a, widestLine(b)), 0);
}

/**
 * "… in the Main Market Square tomorrow." / "Under Polish law, …": a two-line block on a page
 * wrapped at `width` columns, whose first line stopped because the next word did not fit, is one
 * paragraph even though the break falls after a full stop. A line that opens like a byline or
 * credit still starts a unit of its own.
 */
function breaksAtWrap(block: SourceLine[], width: number): boolean {
  if (width === 0 || block.length !== 2) return false;
  const [upper, lower] = [block[0]!.text, block[1]!.text];
  const nextWord = lower.split(/\s/, 1)[0]!;
  return (
    upper.length >= MIN_WRAPPED_LINE &&
    upper.length <= width &&
    upper.length + 1 + nextWord.length > width &&
    lower.length <= width &&
    !METADATA_START.test(lower)
  );
}

/**
 * The line goes on in lower case, perhaps inside a quotation that opens at the wrap: "… said he
 * had" / "“agonised over it for weeks” before the vote.". A quotation mark before a lower-case
 * letter does not start a sentence.
 */
function continuesInLowerCase(text: string): boolean {
  return startsLowercase(text.replace(/^["“‘']+/u, ''));
}

/** `line` is the last source line of a unit of `lines` lines: its end is the unit's end. */
function dangles(line: string, lines: number): boolean {
  return DANGLING_END.test(line) && (lines > 1 || line.split(/\s+/).length >= MIN_DANGLING_WORDS);
}
