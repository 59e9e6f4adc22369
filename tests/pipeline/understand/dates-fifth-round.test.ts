import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/**
 * Date rules found on the fifth set of blind pages (cases 53-62 of the corpus); every sentence
 * is invented for the test, none comes from a fixture.
 */

describe('dates: fifth blind round', () => {
  it.each([
    [
      'a range shares the year stated at its end',
      'The firm billed 40 councils between October and December 2018, the audit found.',
      '2025-03-14',
      [
        ['October', '2018-10'],
        ['December 2018', '2018-12'],
      ],
    ],
    [
      'a range that crosses the new year starts the year before',
      'Prices fell between November and February 2020, the report said.',
      '2025-03-14',
      [
        ['November', '2019-11'],
        ['February 2020', '2020-02'],
      ],
    ],
    [
      'a weekday in possessive before a game result is past, whatever the sentence looks ahead to',
      'The winger, who has nine goals this season, including the winner in Tuesday’s 2-1 win over Harlow, is expected to sign next week.',
      '2025-02-13',
      [
        ['Tuesday', '2025-02-11'],
        ['next week', '2025-W08'],
      ],
    ],
    [
      'a condition closed by a comma does not give the date its tense',
      'Ms Hale added that the sale would be completed once the survey was done, perhaps as early as 20 March.',
      '2025-03-02',
      [['20 March', '2025-03-20']],
    ],
    [
      '"possible" looks ahead, even in reported speech',
      'Forecasters said thunderstorms were possible on Friday.',
      '2025-07-08',
      [['Friday', '2025-07-11']],
    ],
    [
      '"likely" looks ahead too',
      'Officials said a decision was likely in October.',
      '2025-07-08',
      [['October', '2025-10']],
    ],
    [
      'an active past verb before "until" tells of an activity that ended then',
      'Her son said she kept painting until October, working at the kitchen table.',
      '2025-01-05',
      [['October', '2024-10']],
    ],
    [
      '"takes effect" announces a schedule, though a past verb follows in the sentence',
      'The new tariff takes effect Oct. 1 for most households, and the minister said she expects few complaints.',
      '2024-08-17',
      [['Oct. 1', '2024-10-01']],
    ],
  ])('%s', (_name, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });

  it.each([
    [
      'a passive before "until" still looks ahead',
      'The trial was adjourned until October.',
      '2025-06-10',
      [['October', '2025-10']],
    ],
    [
      'a copula before "until" still looks ahead',
      'The offer was valid until Friday.',
      '2025-06-10',
      [['Friday', '2025-06-13']],
    ],
    [
      'a possessive weekday before a fixture is not a result',
      'Saturday’s match against Harlow will be his last, the coach said.',
      '2025-06-10',
      [['Saturday', '2025-06-14']],
    ],
    [
      'two dates joined by "and" across a sentence of their own each keep their own year',
      'The audit covered March, and May 2019 was the worst month.',
      '2025-06-10',
      [
        ['March', '2025-03'],
        ['May 2019', '2019-05'],
      ],
    ],
  ])('guard: %s', (_name, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
