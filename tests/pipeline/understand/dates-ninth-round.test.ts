import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/**
 * Date rules found on the ninth set of blind pages (cases 93-102 of the corpus); every sentence
 * is invented for the test, none comes from a fixture.
 */

describe('dates: ninth blind round', () => {
  it.each([
    [
      'a ", when …," relative clause does not lend its past to a later date',
      'Officials fear losses could top 2011, when many farms failed, if rain stays away into June.',
      '2025-03-14',
      [
        ['2011', '2011'],
        ['June', '2025-06'],
      ],
    ],
    [
      '"did not … until" tells when the act finally happened: past',
      'Aid sent in January did not reach the valley until February 12.',
      '2025-03-14',
      [
        ['January', '2025-01'],
        ['February 12', '2025-02-12'],
      ],
    ],
    [
      'guard: a negated future still looks ahead',
      'The line will not reopen until February 12.',
      '2025-03-14',
      [['February 12', '2026-02-12']],
    ],
    [
      '"will have … -ed" looks ahead (future perfect or causative)',
      'We will have the pumps repaired before Christmas, the mayor said.',
      '2025-11-18',
      [['Christmas', '2025-12-25']],
    ],
    [
      'guard: a plain "-ed" verb before the date is still past',
      'Crews repaired the pumps before Christmas.',
      '2025-11-18',
      [['Christmas', '2024-12-25']],
    ],
    [
      'a bare "May" after a time preposition is the month',
      'The council has met twice since May.',
      '2025-08-07',
      [['May', '2025-05']],
    ],
    [
      'guard: "since May took office" names a person',
      'Prices have risen since May took office.',
      '2025-08-07',
      [],
    ],
    [
      'a day/month pair after a preposition, day first',
      'A second rally is planned for 15/03 in the capital.',
      '2025-03-03',
      [['15/03', '2025-03-15']],
    ],
    [
      'an ambiguous pair takes the reading nearer the anchor',
      'The stoppage began on 7/4 and is now in its third day.',
      '2025-04-09',
      [['7/4', '2025-04-07']],
    ],
    [
      'guard: fractions, idioms and bare pairs are no dates',
      'They won 6/4 and kept 3/4 of the cash, open for 24/7 support since 9/11.',
      '2025-04-09',
      [],
    ],
  ])('%s', (_why, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
