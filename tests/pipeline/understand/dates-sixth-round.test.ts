import { describe, expect, it } from 'vitest';
import { datesOf as dates } from './make-article.ts';

/**
 * Date rules found on the sixth set of blind pages (cases 63-72 of the corpus); every sentence
 * is invented for the test, none comes from a fixture.
 */

describe('dates: sixth blind round', () => {
  it.each([
    [
      'a four-digit number after a letter code is a model, not a year',
      'The recall covers the GT 1950 coupe built in 2019 and the ZX 2040 van.',
      '2025-03-19',
      [['2019', '2019']],
    ],
    [
      'a year before a plural noun for its own figures is still a year',
      'Output remained well below 2021 levels, the report said.',
      '2025-03-19',
      [['2021', '2021']],
    ],
    [
      'a month with "last year" is that month of the year before the anchor',
      'The app served 4,000 shops in March last year.',
      '2025-09-10',
      [['March last year', '2024-03']],
    ],
    [
      'a day and month with "next year" is that day of the year after the anchor',
      'The second site opens on 4 June next year.',
      '2025-09-10',
      [['4 June next year', '2026-06-04']],
    ],
    [
      'bare "Christmas" after a preposition of time is the day, by the tense',
      'The mayor hoped the bridge would reopen by Christmas.',
      '2024-10-22',
      [['Christmas', '2024-12-25']],
    ],
    [
      'bare "Christmas" with a year is that year’s day',
      'The line stayed shut until Christmas 2023.',
      '2025-10-22',
      [['Christmas 2023', '2023-12-25']],
    ],
    [
      'inside a quotation the reporting verb after it does not give the date its tense',
      '“The mill stays open beyond December,” the statement said.',
      '2025-08-19',
      [['December', '2025-12']],
    ],
    [
      'an infinitive after a verb of deciding is not governed by its past tense',
      'The board voted on Tuesday to close the library in May.',
      '2025-01-15',
      [
        ['Tuesday', '2025-01-14'],
        ['May', '2025-05'],
      ],
    ],
  ])('%s', (_name, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });

  it.each([
    [
      'capital month abbreviations before a year are not model codes',
      'The fund was wound up in 2019, the FY 2020 accounts show.',
      '2025-03-19',
      [
        ['2019', '2019'],
        ['FY 2020', '2020'],
      ],
    ],
    [
      'a count before an ordinary plural noun is still no year',
      'The charity fed 2019 families at its hall.',
      '2025-03-19',
      [],
    ],
    [
      'bare "Christmas" before a noun is a season, not a day',
      'Shops said sales before Christmas shopping began were weak.',
      '2025-03-19',
      [],
    ],
    [
      'without an anchor, "March last year" keeps its month and an unknown year',
      'The app served 4,000 shops in March last year.',
      null,
      [['March last year', 'XXXX-03']],
    ],
    [
      'the reporting verb still gives its tense to a date outside the quotation',
      'Sales in December were weak, the company said.',
      '2025-08-19',
      [['December', '2024-12']],
    ],
    [
      'a past verb with no infinitive still governs the date',
      'The board closed the library in May.',
      '2025-01-15',
      [['May', '2024-05']],
    ],
  ])('%s', (_name, text, anchor, expected) => {
    expect(dates(text, anchor)).toEqual(expected);
  });
});
