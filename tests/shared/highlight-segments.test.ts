import { describe, expect, it } from 'vitest';
import { highlightSegments, type HighlightSpan } from '../../src/shared/highlight-segments.ts';

const span = (id: string, start: number, end: number): HighlightSpan => ({ id, start, end });
/** Segments as [text, covering ids] pairs: easy to read against the input. */
const view = (text: string, spans: HighlightSpan[]) =>
  highlightSegments(text, spans).map((s) => [s.text, s.spans.map((x) => x.id)]);

describe('highlightSegments', () => {
  it('returns the whole text as one plain segment when there are no spans', () => {
    expect(view('No names here.', [])).toEqual([['No names here.', []]]);
  });

  it('splits around one span', () => {
    expect(view('Ask Ana Ruiz now', [span('ruiz', 4, 12)])).toEqual([
      ['Ask ', []],
      ['Ana Ruiz', ['ruiz']],
      [' now', []],
    ]);
  });

  it('handles a name nested inside another, outermost first', () => {
    const text = 'The U.S. National Security Council said';
    expect(view(text, [span('nsc', 4, 34), span('us', 4, 8)])).toEqual([
      ['The ', []],
      ['U.S.', ['nsc', 'us']],
      [' National Security Council', ['nsc']],
      [' said', []],
    ]);
  });

  it('keeps adjacent spans apart', () => {
    expect(view('U.S.Army', [span('us', 0, 4), span('army', 4, 8)])).toEqual([
      ['U.S.', ['us']],
      ['Army', ['army']],
    ]);
  });

  it('handles spans at the very start and end, and one covering everything', () => {
    expect(view('Mexico', [span('mx', 0, 6), span('m', 0, 1), span('o', 5, 6)])).toEqual([
      ['M', ['mx', 'm']],
      ['exic', ['mx']],
      ['o', ['mx', 'o']],
    ]);
  });

  it('handles overlapping (crossing) spans without losing text', () => {
    const text = 'abcdef';
    const segments = highlightSegments(text, [span('a', 0, 4), span('b', 2, 6)]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.id)])).toEqual([
      ['ab', ['a']],
      ['cd', ['a', 'b']],
      ['ef', ['b']],
    ]);
  });

  it('never splits a surrogate pair', () => {
    const text = 'Go 🇲🇽 team'; // the flag is two surrogate pairs (4 UTF-16 units) at 3..7
    const segments = highlightSegments(text, [span('flag', 4, 6)]);
    expect(segments.map((s) => s.text)).toEqual(['Go ', '🇲🇽', ' team']);
  });

  it('never separates a letter from its combining marks', () => {
    const text = 'Cafe\u0301 Łódź'; // "Café" written with a combining acute accent
    const segments = highlightSegments(text, [span('cafe', 0, 4)]);
    expect(segments.map((s) => s.text)).toEqual(['Cafe\u0301', ' Łódź']);
  });

  it('clips spans outside the text and ignores empty or inverted ones', () => {
    expect(
      view('short', [
        span('x', 3, 99),
        span('empty', 2, 2),
        span('inverted', 4, 1),
        span('neg', -5, 1),
      ]),
    ).toEqual([
      ['s', ['neg']],
      ['ho', []],
      ['rt', ['x']],
    ]);
  });

  it('is linear enough for a long paragraph with many spans', () => {
    const text = 'word '.repeat(20_000);
    const spans = Array.from({ length: 2_000 }, (_, i) => span(`e${i}`, i * 50, i * 50 + 4));
    const segments = highlightSegments(text, spans);
    expect(segments.filter((s) => s.spans.length > 0)).toHaveLength(2_000);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
