import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/**
 * Date categories found on the second set of blind pages; every sentence is invented for the
 * test, none comes from a fixture.
 */

describe('dates: tense on the second blind round', () => {
  it.each([
    [
      'a past verb ending in "-red" ("offered", "covered") is past',
      'The buyer offered $4 a share, a premium to the closing price on Friday.',
      '2025-11-12',
      [['Friday', '2025-11-07']],
    ],
    [
      '"through X" followed by its own past verb is past',
      'Spending through the second quarter came in under budget.',
      '2025-11-04',
      [['the second quarter', '2025-Q2']],
    ],
    [
      '"by X" after a past auxiliary is past',
      'Prices had doubled by mid-April.',
      '2025-06-10',
      [['mid-April', '2025-04']],
    ],
    [
      '"by X" far after a past auxiliary still looks ahead',
      'Traders had priced in a quarter-point cut by July.',
      '2025-04-16',
      [['July', '2025-07']],
    ],
    [
      '"by X" after a plan stays future, whatever "-ed" adjectives lie between',
      'Crews aim to clear the flooded roads by the end of July.',
      '2025-06-10',
      [['the end of July', '2025-07']],
    ],
    [
      '"until X" looks ahead even after a past verb',
      'The trial was adjourned until Thursday.',
      '2025-06-10',
      [['Thursday', '2025-06-12']],
    ],
    [
      'a relative clause does not lend its tense to the date',
      'Lund, who has scored nine goals, is expected to be named in the squad on Tuesday.',
      '2025-11-09',
      [['Tuesday', '2025-11-11']],
    ],
    [
      'the present of a scheduling verb is future',
      'The exhibition closes on January 5.',
      '2025-06-10',
      [['January 5', '2026-01-05']],
    ],
    [
      'a weekday given with the date fixes the year',
      'The hearing was adjourned until Tuesday, March 18.',
      '2025-06-10',
      [['Tuesday, March 18', '2025-03-18']],
    ],
  ])('%s', (_label, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});

describe('dates: forms on the second blind round', () => {
  it.each([
    [
      'early/mid/late and a month',
      'Sales slowed in late March.',
      '2025-06-10',
      [['late March', '2025-03']],
    ],
    [
      'early/mid/late, a month and a year',
      'The plant opened in mid-October 2019.',
      '2025-06-10',
      [['mid-October 2019', '2019-10']],
    ],
    ['ISO dates', 'The order is dated 2024-03-12.', '2025-06-10', [['2024-03-12', '2024-03-12']]],
    [
      'dotted dates, day first',
      'The contract was signed on 12.03.2024 in Riga.',
      '2025-06-10',
      [['12.03.2024', '2024-03-12']],
    ],
    [
      'slashed dates: a part above 12 decides',
      'The letter is dated 03/25/2024.',
      '2025-06-10',
      [['03/25/2024', '2024-03-25']],
    ],
    [
      'slashed dates: both readings fit, the nearer the anchor wins',
      'The notice went up on 06/05/2025.',
      '2025-06-10',
      [['06/05/2025', '2025-06-05']],
    ],
    ['not a calendar day', 'The code 31/02/2024 is wrong.', '2025-06-10', []],
    [
      '"over the weekend" is the week of the Saturday just past',
      'Over the weekend, protesters filled the square.',
      '2025-06-10',
      [['the weekend', '2025-W23']],
    ],
    [
      '"at the weekend" in future tense is the coming one',
      'The road will close at the weekend.',
      '2025-06-10',
      [['the weekend', '2025-W24']],
    ],
  ])('%s', (_label, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
