import { describe, expect, it } from 'vitest';
import { speakerOf as speakerAt } from './make-article.ts';

/**
 * Speaker rules found on the eleventh set of blind pages (cases 113-122 of the corpus). Every
 * sentence here is invented for the test; none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the eleventh blind round', () => {
  it.each([
    [
      'a demonym as a noun is an epithet for the subject of the sentence before the quote',
      [
        'Ilse Markov had won the first set easily. Tomas Ferreyra was harsher on himself. “I served badly all day,” the Uruguayan said.',
      ],
      'I served badly',
      'Tomas Ferreyra',
    ],
    [
      'guard: with several people and none opening the sentence before, null',
      [
        'Ilse Markov beat Tomas Ferreyra and Paula Stein in the same week. “I served badly all day,” the Uruguayan said.',
      ],
      'I served badly',
      null,
    ],
    [
      'guard: a capitalised word that is no demonym ("the Labour leader") is no epithet',
      ['Tomas Ferreyra had spoken first. “We will vote against it,” the Labour leader said.'],
      'We will vote against it',
      null,
    ],
    [
      'a spokesperson for a place’s ministry speaks for the ministry, not the place',
      [
        'A spokesperson for Norway’s Ministry of Fisheries said the compensation would arrive “within a few weeks”.',
      ],
      'within a few weeks',
      'Ministry of Fisheries',
    ],
    [
      '"as she puts it" attributes the quotation to her',
      [
        'Greta Hollis runs the family bakery. She studied law before, as she puts it, “falling back into the flour”.',
      ],
      'falling back into',
      'Greta Hollis',
    ],
  ])('%s', (_why, paragraphs, quoteStart, expected) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(expected);
  });
});
