/** ", who chairs the Fish and Game Society,": a relative clause closed by a comma. */
const RELATIVE_ASIDE = /,\s+(?:who|whose|which)\b[^,;:“”"]*,/gu;

/**
 * The text with comma-bounded relative clauses between `start` and `verb` blanked out (same
 * length, so offsets stay valid). Clause breaks found inside such an aside ("who chairs the Fish
 * and Game Society") are not breaks of the sentence around it.
 */
export function blankRelativeAsides(text: string, start: number, verb: number): string {
  const region = text
    .slice(start, verb)
    .replace(RELATIVE_ASIDE, (m) => ',' + ' '.repeat(m.length - 2) + ',');
  return text.slice(0, start) + region + text.slice(verb);
}
