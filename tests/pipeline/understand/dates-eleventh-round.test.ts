import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/**
 * Date rules found on the eleventh set of blind pages (cases 113-122 of the corpus); every
 * sentence is invented for the test, none comes from a fixture.
 */

describe('dates: eleventh blind round', () => {
  it.each([
    [
      'a past perfect across a long object puts a "by" date in the past',
      'Osmo Vainio had sold all 30 of his boats by March.',
      '2025-05-20',
      [['March', '2025-03']],
    ],
    [
      'guard: an indefinite object after "had" is an event still expected',
      'Dealers had priced in a steep fall in rents by October.',
      '2025-05-20',
      [['October', '2025-10']],
    ],
    [
      'the month "May" is not the modal "may"',
      'The twins had lost two semi-finals, in Lyon in May and in Porto in August.',
      '2025-06-20',
      [
        ['May', '2025-05'],
        ['August', '2024-08'],
      ],
    ],
    [
      'a gerund after "before" takes the tense of its clause; "by May" is a month',
      'Orders peaked in January, before sliding to 900 by May.',
      '2025-07-02',
      [
        ['January', '2025-01'],
        ['May', '2025-05'],
      ],
    ],
    [
      'an "-ed" word after "stay"/"remain" is a state, not a past verb',
      'The bridge will stay closed on Friday, the county said.',
      '2025-04-08',
      [['Friday', '2025-04-11']],
    ],
    [
      'the second year of a hyphenated span is a year',
      'Rainfall was lowest in the 2016-2017 season.',
      '2025-04-08',
      [
        ['2016', '2016'],
        ['2017', '2017'],
      ],
    ],
    [
      'guard: a hyphenated number that is not a later year is a serial',
      'Order 2021-2019 set the quota.',
      '2025-04-08',
      [['2021', '2021']],
    ],
    [
      'a day before the month survives chrono reading "from 14" as an hour',
      'The fair runs from 14 July to 20 July.',
      '2025-07-01',
      [
        ['14 July', '2025-07-14'],
        ['20 July', '2025-07-20'],
      ],
    ],
    [
      '"a Monday", "every Friday" are any such day',
      'On a Monday the hall is empty, and every Friday it is full. It reopens next Monday.',
      '2025-04-08',
      [['next Monday', '2025-04-14']],
    ],
    [
      'a weekday before a noun of a weekly arrangement names the arrangement',
      'Residents opposed the Sunday closure at a meeting on Tuesday.',
      '2025-04-10',
      [['Tuesday', '2025-04-08']],
    ],
    [
      'a bare season after "in" in a past narrative is the last such season',
      'Growers who pruned in winter and again in the spring lost fewer trees.',
      '2025-07-10',
      [
        ['winter', '2024-WI'],
        ['the spring', '2025-SP'],
      ],
    ],
    [
      'guard: a bare season not after "in"/"during" is a modifier, even in the past',
      'Growers said winter pruning had saved the trees.',
      '2025-07-10',
      [],
    ],
    [
      'guard: a bare season in the present is a habit',
      'Foxes hunt more in winter.',
      '2025-07-10',
      [],
    ],
    [
      'a season before a noun of its kind is not a date',
      'Lina Roos has driven the winter roads since 2011, and she reads the Summer issue of the guild magazine.',
      '2025-07-10',
      [['2011', '2011']],
    ],
  ])('%s', (_why, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
