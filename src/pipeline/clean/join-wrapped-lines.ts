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

  const units: SourceLine[] = [];
  for (const current of block) {
    const previous = units[units.length - 1];
    if (
      previous &&
      !endsLikeSentence(previous.text) &&
      startsLowercase(current.text) &&
      !LOWER_CASE_LABEL.test(current.text) &&
      !LABELS.has(current.text.toLowerCase()) &&
      previous.text.length >= MIN_WRAPPED_LINE
    ) {
      previous.text = `${previous.text} ${current.text}`;
      previous.cells = [previous.text];
    } else {
      units.push({ ...current });
    }
  }
  return units;
}
