import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preprocessArticle } from '../../../src/pipeline/preprocess-article.ts';
import { datesOf as dates } from './make-article.ts';

const SEED = path.resolve(import.meta.dirname, '../../../seeds/000_1f4900251ce4702c.txt');

describe('dates: the seed article (no date line, no reference date)', () => {
  const article = preprocessArticle(readFileSync(SEED, 'utf8'), {
    sourceFile: 'seed.txt',
    referenceDate: null,
  });
  it('keeps the year unknown', () => {
    expect(article.dates.map((d) => [d.text, d.value])).toEqual([
      ['May 2', 'XXXX-05-02'],
      ['April 16', 'XXXX-04-16'],
      ['February', 'XXXX-02'],
    ]);
  });
  it('carries the sentence and its entities', () => {
    const feb = article.dates.find((d) => d.text === 'February')!;
    expect(feb.entityIds).toEqual(expect.arrayContaining(['united-states', 'sinaloa-cartel']));
  });
});

describe('dates: values against an explicit anchor', () => {
  it.each([
    ['The letter was sent on Tuesday.', '2025-03-12', [['Tuesday', '2025-03-11']]],
    [
      'Economists expect the bank to cut again on Thursday.',
      '2025-03-04',
      [['Thursday', '2025-03-06']],
    ],
    ['Lindqvist was charged on March 3.', '2024-11-19', [['March 3', '2024-03-03']]],
    ['Sentencing is scheduled for January 14.', '2024-11-19', [['January 14', '2025-01-14']]],
    ['The team will face them next Monday.', '2025-04-15', [['next Monday', '2025-04-21']]],
    ['The fund said it would begin in October.', '2025-09-02', [['October', '2025-10']]],
    ['Profit fell in the fourth quarter.', '2025-03-04', [['the fourth quarter', '2024-Q4']]],
    [
      'Growth slowed in the second half of 2024 and in Q3 2024.',
      '2025-07-22',
      [
        ['the second half of 2024', '2024-H2'],
        ['Q3 2024', '2024-Q3'],
      ],
    ],
    [
      'Counts rose between 2019 and the summer of 2023.',
      '2025-05-05',
      [
        ['2019', '2019'],
        ['the summer of 2023', '2023-SU'],
      ],
    ],
    [
      'Rates were cut last week and again this week.',
      '2024-11-19',
      [
        ['last week', '2024-W46'],
        ['this week', '2024-W47'],
      ],
    ],
    ['It has been run since the 1990s.', '2025-05-05', [['the 1990s', '199X']]],
    [
      'Prices rose from 2017 to 2022.',
      '2025-05-05',
      [
        ['2017', '2017'],
        ['2022', '2022'],
      ],
    ],
    [
      'It grew last year and will grow next month and early next year.',
      '2025-03-19',
      [
        ['last year', '2024'],
        ['next month', '2025-04'],
        ['early next year', '2026'],
      ],
    ],
    ['Last autumn councillors voted.', '2025-05-05', [['Last autumn', '2024-FA']]],
    [
      'Mid-2022 was hard; late 2024 was worse.',
      '2025-05-05',
      [
        ['Mid-2022', '2022'],
        ['late 2024', '2024'],
      ],
    ],
  ])('%s (anchor %s)', (text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });

  it.each([
    ['Earnings were $1.35 a share and its fee was $2019.'],
    ['The firm cut 2,500 jobs, or 2020 roles by another count, and 40% of sites.'],
    ['The meeting lasted three weeks and ended at 10:30 a.m.'],
  ])('no date in: %s', (text) => {
    expect(dates(text, '2025-03-04')).toEqual([]);
  });

  it('leaves anchor-dependent phrases out when there is no anchor', () => {
    expect(dates('He left last week, on Monday, in 2019 and on May 2.', null)).toEqual([
      ['2019', '2019'],
      ['May 2', 'XXXX-05-02'],
    ]);
  });
});
