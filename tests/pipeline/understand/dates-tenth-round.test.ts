import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/**
 * Date rules found on the tenth set of blind pages (cases 103-112 of the corpus); every sentence
 * is invented for the test, none comes from a fixture.
 */

describe('dates: tenth blind round', () => {
  it.each([
    [
      '"that year" is the year the text named last',
      'The mill was sold in 2011. Its new owners went bankrupt that year.',
      '2025-03-14',
      [
        ['2011', '2011'],
        ['that year', '2011'],
      ],
    ],
    [
      '"the same year" too',
      'The ferry line opened in 1987, and the bridge was finished the same year.',
      '2025-03-14',
      [
        ['1987', '1987'],
        ['the same year', '1987'],
      ],
    ],
    [
      'guard: "that year" with no year read before names no date',
      'Its new owners went bankrupt that year.',
      '2025-03-14',
      [],
    ],
    [
      'a year followed by a serial number after a hyphen is an identifier',
      'Resolution 2024-318, adopted in March, limits night fishing.',
      '2025-05-20',
      [['March', '2025-03']],
    ],
    [
      'guard: a second year after the hyphen is a range of years, both ends dated',
      'Catches fell sharply in 2019-2020.',
      '2025-05-20',
      [
        ['2019', '2019'],
        ['2020', '2020'],
      ],
    ],
    [
      'a request made now ("I am asking … to …") looks ahead',
      '"I am asking the board to hold a vote on Monday," she said.',
      '2025-06-05',
      [['Monday', '2025-06-09']],
    ],
    [
      'guard: a past progressive request ("was asking") is past',
      'She was asking the board to hold a vote on Monday.',
      '2025-06-05',
      [['Monday', '2025-06-02']],
    ],
    [
      'a rule that "applies from" a date announces when it starts',
      'The levy was agreed in January. It applies to all importers from 30 December.',
      '2025-02-11',
      [
        ['January', '2025-01'],
        ['30 December', '2025-12-30'],
      ],
    ],
    [
      'guard: "applied from" is past',
      'The levy applied to all importers from 30 December.',
      '2025-02-11',
      [['30 December', '2024-12-30']],
    ],
  ])('%s', (_why, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
