import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/** Date categories found on unseen pages; every sentence is invented for the test. */

describe('dates: expressions the tuned rules missed', () => {
  it.each([
    [
      'hyphenated quarter',
      'First-quarter sales rose 4%.',
      '2025-05-02',
      [['First-quarter', '2025-Q1']],
    ],
    [
      'a decade ago',
      'She trained as a nurse a decade ago.',
      '2025-05-02',
      [['a decade ago', '2015']],
    ],
    [
      'two decades ago',
      'The plant closed two decades ago.',
      '2025-05-02',
      [['two decades ago', '2005']],
    ],
    [
      'the end of the year',
      'A decision is due by the end of the year.',
      '2025-05-02',
      [['the end of the year', '2025']],
    ],
    [
      'the end of a month',
      'Repairs should finish by the end of September.',
      '2025-08-17',
      [['the end of September', '2025-09']],
    ],
    [
      'the start of next month',
      'Fares rise at the start of next month.',
      '2025-08-17',
      [['the start of next month', '2025-09']],
    ],
    [
      'the end of a year',
      'The site opens by the end of 2027.',
      '2025-08-17',
      [['the end of 2027', '2027']],
    ],
    ['fiscal year codes', 'The target for FY27 is unchanged.', '2025-08-17', [['FY27', '2027']]],
    [
      'ordinal day first',
      'The hearing on 3rd June was short.',
      '2025-06-10',
      [['3rd June', '2025-06-03']],
    ],
    [
      'ordinal day after the month',
      'The board met on May 22nd.',
      '2025-06-10',
      [['May 22nd', '2025-05-22']],
    ],
    [
      'this autumn',
      'The policy will be reviewed this autumn.',
      '2025-04-24',
      [['this autumn', '2025-FA']],
    ],
    [
      'next week as an ISO week',
      'The teams meet next week.',
      '2025-08-17',
      [['next week', '2025-W34']],
    ],
    [
      '"won’t" is future, not "won"',
      'If rain goes on into May, some won’t plant.',
      '2025-04-02',
      [['May', '2025-05']],
    ],
  ])('%s: %s', (_label, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});

describe('dates: relative to the date read before', () => {
  it.each([
    [
      'The appeal was heard on Thursday. The day before, lawyers met the judge.',
      '2025-05-24',
      [
        ['Thursday', '2025-05-22'],
        ['The day before', '2025-05-21'],
      ],
    ],
    [
      'The dam failed on 3 March 2019. The next day, the village was evacuated.',
      '2025-05-22',
      [
        ['3 March 2019', '2019-03-03'],
        ['The next day', '2019-03-04'],
      ],
    ],
    [
      'She won the seat in 2017. The following year she chaired the committee.',
      '2025-05-22',
      [
        ['2017', '2017'],
        ['The following year', '2018'],
      ],
    ],
    [
      'The firm was founded in 2009 and listed two years later.',
      '2025-05-22',
      [
        ['2009', '2009'],
        ['two years later', '2011'],
      ],
    ],
  ])('%s', (text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});

describe('dates: year unknown and not dates at all', () => {
  it.each([
    ['this spring', 'Strikes have hit the line this spring.', [['this spring', 'XXXX-SP']]],
    ['the summer', 'Output should stay high into the summer.', [['the summer', 'XXXX-SU']]],
    ['a bare quarter', 'Sales fell in the second quarter.', [['the second quarter', 'XXXX-Q2']]],
    [
      'a bare half',
      'Profit rose in the first half of the year.',
      [['the first half of the year', 'XXXX-H1']],
    ],
  ])('%s without an anchor', (_label, text, expected) => {
    expect(dates(text, null)).toEqual(expected);
  });

  it.each([
    ['The museum is open from Tuesday to Sunday, 10am to 5pm.'],
    ['Visitors can come Monday to Friday; opening hours are longer in summer.'],
  ])('a weekly opening pattern is no date: %s', (text) => {
    expect(dates(text, '2025-09-26')).toEqual([]);
  });

  it('keeps a range of days that is a real event', () => {
    expect(dates('The union will strike from Monday to Wednesday.', '2025-09-26')).toEqual([
      ['Monday', '2025-09-29'],
      ['Wednesday', '2025-10-01'],
    ]);
  });
});
