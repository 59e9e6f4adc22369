import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/**
 * Date rules found on the third set of blind pages (cases 33-42 of the corpus); every sentence is
 * invented for the test, none comes from a fixture.
 */

describe('dates: third blind round', () => {
  it.each([
    [
      'a participle after "would be" looks ahead, though it is an irregular past form',
      'The board said the hearing would now be held on June 3.',
      '2025-03-04',
      [['June 3', '2025-06-03']],
    ],
    [
      '"was to be held" stays in the past',
      'The race was to be held on June 3 but was cancelled.',
      '2025-09-04',
      [['June 3', '2025-06-03']],
    ],
    [
      'a number after a currency code is an amount, not a year',
      'Shares rose 2% to NOK 2024 in Oslo.',
      '2025-03-04',
      [],
    ],
    [
      'Easter Monday after the anchor, in future tense',
      'The final will be played on Easter Monday.',
      '2026-03-10',
      [['Easter Monday', '2026-04-06']],
    ],
    [
      'Good Friday with its year',
      'The shop closed on Good Friday 2024.',
      '2025-03-10',
      [['Good Friday 2024', '2024-03-29']],
    ],
    [
      'Easter in a past-tense sentence is the latest one not after the anchor',
      'The market opened at Easter.',
      '2025-03-10',
      [['Easter', '2024-03-31']],
    ],
  ] as [string, string, string | null, string[][]][])('%s', (_label, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
