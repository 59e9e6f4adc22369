/**
 * Splits a paragraph into runs of text for rendering highlights: `(text, spans) → segments`.
 * Each segment lists every span that covers it, outermost first, so a renderer can show nested
 * mentions ("U.S." inside "U.S. National Security Council") and adjacent ones ("U.S." + "Army")
 * without building HTML from strings. Offsets are UTF-16 indices, end exclusive.
 *
 * Span edges are snapped so that no segment splits a character a reader sees as one: a surrogate
 * pair (emoji, rare CJK) or a base letter with its combining marks ("e" + U+0301). Spans outside
 * the text are clipped; empty or inverted spans are ignored.
 */
export type HighlightSpan = { id: string; start: number; end: number };
export type Segment<S extends HighlightSpan = HighlightSpan> = {
  start: number;
  end: number;
  text: string;
  /** Spans covering this segment, outermost (longest) first. */
  spans: S[];
};

export function highlightSegments<S extends HighlightSpan>(
  text: string,
  spans: readonly S[],
): Segment<S>[] {
  const snapped = spans
    .map((span) => ({ span, start: snapStart(text, span.start), end: snapEnd(text, span.end) }))
    .filter((s) => s.start < s.end);
  const edges = new Set<number>([0, text.length]);
  for (const s of snapped) {
    edges.add(s.start);
    edges.add(s.end);
  }
  const points = [...edges].sort((a, b) => a - b);
  const byStart = [...snapped].sort((a, b) => a.start - b.start);
  const segments: Segment<S>[] = [];
  let active: typeof snapped = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((s) => s.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    const covering = active
      .filter((s) => s.start <= start && s.end >= end)
      .sort(
        (a, b) =>
          b.end - b.start - (a.end - a.start) ||
          a.start - b.start ||
          (a.span.id < b.span.id ? -1 : 1),
      )
      .map((s) => s.span);
    segments.push({ start, end, text: text.slice(start, end), spans: covering });
  }
  return segments;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const COMBINING = /\p{M}/u;

function clamp(text: string, offset: number): number {
  return Math.min(Math.max(0, Math.trunc(offset)), text.length);
}

/** Move a start back onto the first code unit of the character it points into. */
function snapStart(text: string, offset: number): number {
  let i = clamp(text, offset);
  while (
    i > 0 &&
    i < text.length &&
    (isLowSurrogate(text.charCodeAt(i)) || COMBINING.test(text[i]!))
  )
    i--;
  return i;
}

/** Move an end forward past the rest of the character (low surrogate, combining marks). */
function snapEnd(text: string, offset: number): number {
  let i = clamp(text, offset);
  while (
    i > 0 &&
    i < text.length &&
    (isLowSurrogate(text.charCodeAt(i)) || COMBINING.test(text[i]!))
  )
    i++;
  return i;
}
