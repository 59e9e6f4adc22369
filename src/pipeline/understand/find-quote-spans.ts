/** One stretch of quoted words inside a paragraph (offsets exclude the marks). */
export type QuotePart = {
  paragraph: number;
  start: number;
  end: number;
  open: number;
  close: number | null;
};
export type QuoteSpan = { parts: QuotePart[]; text: string };

const DOUBLE = /[“”„‟"«»″]/g;

/**
 * Finds direct quotations: text between double marks, curly or straight; single marks inside
 * them are nested quotes and stay part of the text. A paragraph that ends inside a quotation and
 * a next paragraph that opens with a mark are one quotation (the news convention for a speech
 * running over paragraphs). Scare quotes (fewer than three words) and quoted Title-Case names of
 * works are not quotations. Paragraphs with no double marks fall back to British single marks.
 */
export function findQuoteSpans(paragraphs: string[]): QuoteSpan[] {
  const perParagraph = paragraphs.map((text, i) => partsIn(text, i));
  const quotes: QuoteSpan[] = [];
  let pending: QuotePart[] | null = null;
  for (let i = 0; i < perParagraph.length; i++) {
    const parts = perParagraph[i]!;
    for (let j = 0; j < parts.length; j++) {
      const part = parts[j]!;
      const opensParagraph = j === 0 && paragraphs[i]!.slice(0, part.open).trim() === '';
      if (pending !== null && opensParagraph) {
        pending.push(part);
      } else {
        if (pending !== null) quotes.push(toSpan(pending, paragraphs));
        pending = [part];
      }
      if (part.close !== null) {
        quotes.push(toSpan(pending, paragraphs));
        pending = null;
      }
    }
    // An unclosed quotation continues only if the next paragraph opens with a mark.
    const next = perParagraph[i + 1]?.[0];
    const continues = next !== undefined && paragraphs[i + 1]!.slice(0, next.open).trim() === '';
    if (pending !== null && !continues) {
      quotes.push(toSpan(pending, paragraphs));
      pending = null;
    }
  }
  return quotes.filter((q) => isQuotation(q.text));
}

function partsIn(text: string, paragraph: number): QuotePart[] {
  const parts: QuotePart[] = [];
  let open: number | null = null;
  for (const m of text.matchAll(DOUBLE)) {
    const i = m.index;
    // German and Central European style opens low and closes high: „Wir haben …“.
    const closesLow = open !== null && text[open] === '„' && text[i] === '“';
    if (!closesLow && roleOf(text, i) === 'open') {
      open = i;
    } else if (open !== null) {
      if (i > open + 1) parts.push({ paragraph, start: open + 1, end: i, open, close: i });
      open = null;
    }
  }
  if (open !== null && open + 1 < text.length)
    parts.push({ paragraph, start: open + 1, end: trimEnd(text), open, close: null });
  if (parts.length === 0 && !/[“”„‟"«»″]/.test(text)) return singleQuoted(text, paragraph);
  return parts;
}

function roleOf(text: string, i: number): 'open' | 'close' {
  const c = text[i]!;
  if (c === '“' || c === '„' || c === '‟' || c === '«') return 'open';
  if (c === '”' || c === '»') return 'close';
  const before = text[i - 1];
  return before === undefined || /[\s([{—–\-‘']/.test(before) ? 'open' : 'close';
}

/** ‘British style’ quotations: an opening mark at a word start, a closing mark not inside a word. */
function singleQuoted(text: string, paragraph: number): QuotePart[] {
  const parts: QuotePart[] = [];
  for (const m of text.matchAll(/(?<=^|[\s(—–])[‘'](?=\S)([^‘]*?\S)[’'](?![\p{L}\p{N}])/gu)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    if (m[1]!.split(/\s+/).length >= 3)
      parts.push({ paragraph, start, end, open: m.index, close: end });
  }
  return parts;
}

function toSpan(parts: QuotePart[], paragraphs: string[]): QuoteSpan {
  const text = parts.map((p) => paragraphs[p.paragraph]!.slice(p.start, p.end).trim()).join(' ');
  return { parts: parts.map((p) => trimPart(p, paragraphs[p.paragraph]!)), text };
}

function trimPart(p: QuotePart, text: string): QuotePart {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...p, start, end };
}

function trimEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

const SMALL = /^(?:a|an|the|of|and|in|on|at|to|for|or|with|from|by)$/;

/** At least three words, and not a quoted Title-Case name ("The Salt Orchard"). A comma that
 * American style puts inside the marks ("“River of Ten Cups,” was installed") ends no sentence. */
export function isQuotation(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 3) return false;
  const titled =
    words.length <= 8 &&
    !/[.;:!?]$/.test(text) &&
    words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.test(w)));
  return !titled;
}
