import { endsLikeSentence, startsLowercase } from '../text-features.ts';
import { LABELS } from './furniture-labels.ts';

/** `cells`: the line's parts where the page left wide gaps (menus pasted as "News    Sport"). */
export type SourceLine = { text: string; line: number; cells: string[] };

/** Wrapped prose is narrow: editors and mail clients wrap at 60-100 columns. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAPPED_LINE = 40;
const METADATA_START =
  /^(by|published|updated|posted|photo|photograph|credit|source|image)\b[\s:]/i;
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
export function joinWrappedLines(block: SourceLine[]): SourceLine[] {
  if (block.length <= 1) return block;
  const widths = block.map((l) => l.text.length);
  // Not Math.max(...widths): spreading a block of a few hundred thousand lines overflows the stack.
  const widest = widths.reduce((a, b) => Math.max(a, b), 0);
  const inner = block.slice(0, -1);
  // A list of questions or headlines is not a wrapped paragraph, however even its lines are.
  const sentenceEnds = inner.filter((l) => endsLikeSentence(l.text)).length;
  // Two lines are too little evidence of wrapping ("By Ana Ruiz, Reporter" over "Published: …"),
  // and a line that opens like a byline, date line or credit starts a new unit.
  const wrapped =
    block.length >= 3 &&
    !block.slice(1).some((l) => METADATA_START.test(l.text)) &&
    widest <= MAX_WRAP_WIDTH &&
    sentenceEnds * 2 < inner.length + 1 &&
    widths.slice(0, -1).every((w) => w >= MIN_WRAPPED_LINE && w >= widest * 0.6);
  if (wrapped) {
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
