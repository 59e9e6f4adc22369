import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/**
 * Date rules found on the twelfth set of blind pages (cases 123-132 of the corpus); every
 * sentence is invented for the test, none comes from a fixture.
 */

describe('dates: twelfth blind round', () => {
  it.each([
    [
      '"next" with the anchor\'s own month is that month next year',
      'Ferry fares in Brindle will rise from next October, the operator warned.',
      '2025-10-08',
      [['next October', '2026-10']],
    ],
    [
      '"next" with a later month stays in the anchor year',
      'The pool reopens next December.',
      '2025-10-08',
      [['next December', '2025-12']],
    ],
    [
      '"last" with the anchor\'s own month is that month a year before',
      'The kiln was rebuilt last October.',
      '2025-10-08',
      [['last October', '2024-10']],
    ],
    [
      '"this decade" is the anchor\'s decade',
      'It is the biggest harbour dig in Vellmar this decade.',
      '2031-03-02',
      [['this decade', '203X']],
    ],
    [
      'a year before a verb in "-s" is still a year',
      'The mayor says 2029 is the earliest the bridge can open.',
      '2025-03-02',
      [['2029', '2029']],
    ],
    [
      'guard: a year before a plural noun is still a count',
      'The rowing club has 2030 members.',
      '2025-03-02',
      [],
    ],
    [
      'a clipped month with no day or year inside a name is not a date',
      'She played alongside Tan Mei Jun of Singapore on Sunday.',
      '2025-03-04',
      [['Sunday', '2025-03-02']],
    ],
    [
      'guard: a clipped month beside a day is still a date',
      'The hearing is on Jun 12.',
      '2025-03-04',
      [['Jun 12', '2025-06-12']],
    ],
  ])('%s', (_why, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
