import { describe, expect, it } from 'vitest';
import { speakerOf, understand } from './make-article.ts';

/**
 * German and Central European pages open a quotation low and close it high („…“), and some
 * English-language pages from there keep that style. Found on the thirteenth blind set, whose
 * page of such quotes gave none; the sentences here are invented.
 */
const quotes = (paragraphs: string[]) => understand(paragraphs, '2025-06-10').quotes;

describe('quotes: low-high marks', () => {
  it('„…“ is one quotation, and a second in the same paragraph is another', () => {
    const found = quotes([
      '„The kilns have run since 1904,“ Greta Lindner said. „We will not be the ones to stop them.“',
    ]).map((q) => q.text);
    expect(found).toEqual([
      'The kilns have run since 1904,',
      'We will not be the ones to stop them.',
    ]);
  });

  it('the speaker after a low-high quotation is found as after curly ones', () => {
    expect(
      speakerOf(
        ['„We applied to every programme there was,“ said Ulrike Brandt, the works council chair.'],
        'We applied',
      ),
    ).toBe('Ulrike Brandt');
  });
});
