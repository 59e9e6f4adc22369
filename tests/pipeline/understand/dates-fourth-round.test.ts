import { describe, expect, it } from 'vitest';
import { datesOf as dates, understand } from './make-article.ts';

/**
 * Date rules found on the fourth set of blind pages (cases 43-52 of the corpus); every sentence
 * is invented for the test, none comes from a fixture.
 */

const datesIn = (paragraphs: string[], anchor: string | null) =>
  understand(paragraphs, anchor).dates.map((d) => [d.text, d.value]);

describe('dates: fourth blind round, tense', () => {
  it.each([
    [
      '"should" looks ahead, even in a sentence that reports what someone said',
      'Analysts said borrowers should lock in rates before December.',
      '2025-10-05',
      [['December', '2025-12']],
    ],
    [
      '"plans" after a possessive is a noun, not a future marker',
      'The club first unveiled its plans in April.',
      '2025-06-10',
      [['April', '2025-04']],
    ],
    [
      '"hopes" after a determiner is a noun too',
      'The hopes of the fans faded in March.',
      '2025-06-10',
      [['March', '2025-03']],
    ],
    [
      '"was due" is a plan the narrative has overtaken',
      'The law was due to take effect on 2 May.',
      '2025-06-10',
      [['2 May', '2025-05-02']],
    ],
    [
      'a passive after "was due to be" takes its tense from "was due"',
      'The rules were scheduled to be enforced from 9 March.',
      '2025-06-10',
      [['9 March', '2025-03-09']],
    ],
    [
      '"is due" still looks ahead',
      'The report is due on 2 May.',
      '2025-06-10',
      [['2 May', '2026-05-02']],
    ],
  ] as [string, string, string | null, string[][]][])('%s', (_label, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});

describe('dates: fourth blind round, holidays and halves', () => {
  it.each([
    [
      'a fixed-day holiday with its year is that day, not the year',
      'The fire broke out on Christmas Eve 2019.',
      '2025-03-01',
      [['Christmas Eve 2019', '2019-12-24']],
    ],
    [
      'a year-less holiday in past narrative is the latest one not after the anchor',
      'Crowds packed the sales on Boxing Day.',
      '2025-03-01',
      [['Boxing Day', '2024-12-26']],
    ],
    [
      'a year-less holiday in future tense is the next one',
      'The parade will return on St Patrick’s Day.',
      '2025-03-01',
      [['St Patrick’s Day', '2025-03-17']],
    ],
    [
      'New Year’s Day without an anchor keeps the year unknown',
      'The shop reopened on New Year’s Day.',
      null,
      [['New Year’s Day', 'XXXX-01-01']],
    ],
    [
      'a bare half-year after "in" is the latest one in past narrative',
      'The group posted a loss in H2, its first in a decade.',
      '2025-03-04',
      [['H2', '2024-H2']],
    ],
    [
      'a bare half-year before a results noun',
      'H1 results showed a loss.',
      '2025-09-04',
      [['H1', '2025-H1']],
    ],
    [
      '"H1" in a visa name is not a half-year',
      'She applied for an H1 visa in 2019.',
      '2025-09-04',
      [['2019', '2019']],
    ],
  ] as [string, string, string | null, string[][]][])('%s', (_label, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});

describe('dates: fourth blind round, game periods', () => {
  it('in a game report a bare ordinal quarter is a period of play', () => {
    expect(
      datesIn(
        [
          'The Harbour Hawks beat the Lynx 101-96 on Sunday.',
          'Mara Oduya scored 22 points and made four free throws in the final quarter.',
          'The Lynx led by nine after the third quarter.',
        ],
        '2025-02-17',
      ),
    ).toEqual([['Sunday', '2025-02-16']]);
  });

  it('a quarter about money stays a calendar quarter even in a game report', () => {
    expect(
      datesIn(
        [
          'The Harbour Hawks beat the Lynx 101-96 after trailing at halftime.',
          'Oduya scored 22 points.',
          'The club said ticket revenue fell in the third quarter.',
        ],
        '2025-02-17',
      ),
    ).toEqual([['the third quarter', '2024-Q3']]);
  });

  it('one ambiguous game word does not make a business story a game report', () => {
    expect(
      datesIn(
        [
          'The council voted 9-4 to cap overtime.',
          'Overtime spending through the second quarter came in under budget.',
        ],
        '2025-09-04',
      ),
    ).toEqual([['the second quarter', '2025-Q2']]);
  });
});

describe('dates: fourth blind round, time stamps and times of day', () => {
  it('a paragraph that is only the page’s time stamp gives no date', () => {
    expect(
      datesIn(
        [
          'Posted: 09:40 BST, 2 May 2025 | Updated: 11:05 BST, 2 May 2025',
          '3 Jun 2024',
          'The bridge reopened on Tuesday.',
        ],
        '2025-05-02',
      ),
    ).toEqual([['Tuesday', '2025-04-29']]);
  });

  it('a sentence that starts with "Updated" is story text', () => {
    expect(datesIn(['Updated rules will be published on Friday.'], '2025-05-02')).toEqual([
      ['Friday', '2025-05-02'],
    ]);
  });

  it('the time of day before a date is not part of the date', () => {
    expect(dates('The ferry sailed at 06:15 GMT, 4 March 2025.', '2025-06-10')).toEqual([
      ['4 March 2025', '2025-03-04'],
    ]);
    expect(dates('The vote closed at 9 p.m. on June 3.', '2025-06-10')).toEqual([
      ['June 3', '2025-06-03'],
    ]);
  });
});

describe('dates: fourth blind round, standing requests', () => {
  it.each([
    [
      'a present-perfect request governs an infinitive that looks ahead',
      'The union has urged ministers to settle the dispute before the summer.',
      '2025-01-15',
      [['the summer', '2025-SU']],
    ],
    [
      'a simple-past request stays in the past',
      'The union urged ministers to settle the dispute in March.',
      '2025-06-15',
      [['March', '2025-03']],
    ],
  ] as [string, string, string | null, string[][]][])('%s', (_label, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
