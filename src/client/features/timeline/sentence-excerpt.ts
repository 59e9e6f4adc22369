/**
 * The sentence that carries a date, shortened sensibly: whole when short, otherwise a window of
 * words around the date with ellipses, never cutting a word in half.
 */
export function sentenceExcerpt(
  sentence: string,
  focusStart: number,
  focusEnd: number,
  maxLength = 150,
): string {
  const text = sentence.trim();
  if (text.length <= maxLength) return text;
  const lead = Math.max(0, sentence.indexOf(text));
  const centre = (focusStart + focusEnd) / 2 - lead;
  let start = Math.max(0, Math.round(centre - maxLength / 2));
  let end = Math.min(text.length, start + maxLength);
  start = Math.max(0, end - maxLength);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
