import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/**
 * Date rules found on the eighth set of blind pages (cases 83-92 of the corpus); every sentence
 * is invented for the test, none comes from a fixture.
 */

describe('dates: eighth blind round', () => {
  it.each([
    [
      '"N years later than" measures a delay, not a date',
      'The bridge opened in 2019, three years later than planned.',
      '2025-03-19',
      [['2019', '2019']],
    ],
    [
      'guard: "N years later" after a year is still a date',
      'The bridge opened in 2019. Three years later, it closed.',
      '2025-03-19',
      [
        ['2019', '2019'],
        ['Three years later', '2022'],
      ],
    ],
    [
      'a capitalised "Today" right after a word ends a title, not a day',
      'The mayor told Valley Today that the plan was dead.',
      '2025-03-19',
      [],
    ],
    [
      'guard: "Today" opening a sentence is the day',
      'Today the council meets again.',
      '2025-03-19',
      [['Today', '2025-03-19']],
    ],
    [
      'guard: a lower-case "today" mid-sentence is the day',
      'The mayor said the council meets today.',
      '2025-03-19',
      [['today', '2025-03-19']],
    ],
    [
      'a part of the day before "of" does not hide the date',
      'The firm will report its results on the morning of April 8.',
      '2025-03-19',
      [['April 8', '2025-04-08']],
    ],
    [
      'a name word and "design" around a number make it a designation',
      'The yard builds ships of the Harbour 2030 design in 2026.',
      '2025-03-19',
      [['2026', '2026']],
    ],
    [
      'a name word and a number set off by commas are an appositive name',
      'Its best seller, Reserve 1887, was first sold in 2002.',
      '2025-03-19',
      [['2002', '2002']],
    ],
    [
      'guard: a year after a comma with no name word is still a year',
      'The plant opened in March, 2002, after delays.',
      '2025-03-19',
      [['March, 2002', '2002-03']],
    ],
    [
      '"until" a date with an infinitive after it is a deadline: the nearest reading',
      'The court gave the firm until October 15 to file its accounts.',
      '2025-09-02',
      [['October 15', '2025-10-15']],
    ],
    [
      'guard: an active past verb before "until" still ends an activity then',
      'She worked there until October 15.',
      '2025-09-02',
      [['October 15', '2024-10-15']],
    ],
    [
      'the ends of a weekday range come in order',
      'Shoppers who bought tickets between Monday and Wednesday were refunded.',
      '2025-07-15',
      [
        ['Monday', '2025-07-14'],
        ['Wednesday', '2025-07-16'],
      ],
    ],
    [
      'the ends of a month range come in order',
      'The study, which is based on visits between February and October, is out.',
      '2025-12-01',
      [
        ['February', '2025-02'],
        ['October', '2025-10'],
      ],
    ],
    [
      'guard: two weekdays that are not a range keep their own readings',
      'Shoppers who bought tickets on Monday and Wednesday were refunded.',
      '2025-07-15',
      [
        ['Monday', '2025-07-14'],
        ['Wednesday', '2025-07-09'],
      ],
    ],
  ])('%s', (_why, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
