import { endsLikeSentence, startsLowercase } from '../text-features.ts';

export type SourceLine = { text: string; line: number };

/** Wrapped prose is narrow: editors and mail clients wrap at 60-100 columns. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAPPED_LINE = 40;

/**
 * Turn one blank-line-separated block into units. A hard-wrapped paragraph (every line but the
 * last about as long as the longest, none wider than a wrap width) becomes one unit; otherwise a
 * line is joined to the previous one only when that one stops mid-sentence and this one starts in
 * lower case ("…for the most important" / "stories unfolding…").
 */
export function joinWrappedLines(block: SourceLine[]): SourceLine[] {
  if (block.length <= 1) return block;
  const widths = block.map((l) => l.text.length);
  const widest = Math.max(...widths);
  const wrapped =
    widest <= MAX_WRAP_WIDTH &&
    widths.slice(0, -1).every((w) => w >= MIN_WRAPPED_LINE && w >= widest * 0.6);
  if (wrapped) return [{ text: block.map((l) => l.text).join(' '), line: block[0]!.line }];

  const units: SourceLine[] = [];
  for (const current of block) {
    const previous = units[units.length - 1];
    if (
      previous &&
      !endsLikeSentence(previous.text) &&
      startsLowercase(current.text) &&
      previous.text.length >= MIN_WRAPPED_LINE
    ) {
      previous.text = `${previous.text} ${current.text}`;
    } else {
      units.push({ ...current });
    }
  }
  return units;
}
