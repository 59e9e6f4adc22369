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

/**
 * "Ana Ruiz, a former judge of the Land and Environment Court, wrote": an "and" inside a name the
 * entity stage recognised joins words of that name, it does not coordinate a new clause; it is
 * blanked (same length) so the clause search does not start the subject inside the name.
 */
export function blankNameConjunctions(
  text: string,
  mentions: readonly { start: number; end: number }[],
  start: number,
  verb: number,
): string {
  // One pass, and only around names that hold a conjunction: a paragraph of many quotes and
  // names must not be copied once per name per quote.
  const parts: string[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.end <= start || m.start >= verb || m.end <= at) continue;
    const from = Math.max(m.start, at);
    const name = text.slice(from, m.end);
    if (!/\b(?:and|but)\b/.test(name)) continue;
    parts.push(
      text.slice(at, from),
      name.replace(/\b(?:and|but)\b/g, (w) => ' '.repeat(w.length)),
    );
    at = m.end;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(at));
  return parts.join('');
}
