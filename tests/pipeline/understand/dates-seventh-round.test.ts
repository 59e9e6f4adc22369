import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/**
 * Date rules found on the seventh set of blind pages (cases 73-82 of the corpus); every sentence
 * is invented for the test, none comes from a fixture.
 */

describe('dates: seventh blind round', () => {
  it.each([
    [
      'a hedge between "until" and a weekday still looks ahead',
      'The council said the libraries would stay closed until at least Thursday.',
      '2025-01-20',
      [['Thursday', '2025-01-23']],
    ],
    [
      '"no later than" before a weekday still looks ahead after "by"',
      'The board said it would reply by no later than Friday.',
      '2025-01-20',
      [['Friday', '2025-01-24']],
    ],
    [
      'a participle after "remain" is a state that lasts until the date',
      'The council said the bridge remains closed until Saturday.',
      '2025-01-20',
      [['Saturday', '2025-01-25']],
    ],
    [
      'capital initials with full stops number a bill, not a year',
      'The Clean Rivers Act (H.R. 2044) would take effect in 2027.',
      '2025-03-19',
      [['2027', '2027']],
    ],
    [
      'a name word and a product noun around a number make it a designation',
      'The city bought 30 buses of the Falcon 2040 model in 2023.',
      '2025-03-19',
      [['2023', '2023']],
    ],
  ])('%s', (_why, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });

  it.each([
    [
      'a model year with no name before it is still a year',
      'Owners of the 2019 model can claim the refund.',
      '2025-03-19',
      [['2019', '2019']],
    ],
    [
      'era initials are still followed by a year',
      'The chapel was rebuilt in A.D. 1850 by the parish.',
      '2025-03-19',
      [['1850', '1850']],
    ],
    [
      'an active past verb before "until at least" still ends there',
      'She kept working until at least 2019.',
      '2025-03-19',
      [['2019', '2019']],
    ],
  ])('guard: %s', (_why, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
