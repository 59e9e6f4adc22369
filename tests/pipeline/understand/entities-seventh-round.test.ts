import { describe, expect, it } from 'vitest';
import { understand } from './make-article.ts';

/**
 * Entity rules found on the seventh set of blind pages (cases 73-82 of the corpus). Every sentence
 * here is invented for the test; none comes from a fixture.
 */
const entities = (paragraphs: string[]) => understand(paragraphs, '2025-06-10').entities;
const typeOf = (paragraphs: string[], name: string) =>
  entities(paragraphs).find((e) => e.name === name)?.type;
const names = (paragraphs: string[]) => entities(paragraphs).map((e) => e.name);

describe('entities: hyphenated names', () => {
  it('a lower-case second part that is no English word stays in the name', () => {
    const text = 'The singer Park Ji-woo sued, and Oh Min-seo backed the Seoul-based label.';
    const found = entities([text]);
    expect(found.find((e) => e.name === 'Park Ji-woo')?.type).toBe('person');
    expect(found.find((e) => e.name === 'Oh Min-seo')?.type).toBe('person');
    // An English word after the hyphen still qualifies the name before it.
    expect(found.find((e) => e.name === 'Seoul')?.aliases).toContain('Seoul-based');
  });
});

describe('entities: kinds of names', () => {
  it.each([
    ['The MV Solveig left port at dawn.', 'MV Solveig', 'other'],
    ['She won the Porto Marathon twice.', 'Porto Marathon', 'other'],
    ['Researchers at the Fraser Housing Lab disagree.', 'Fraser Housing Lab', 'organization'],
    ['The contract went to Ardmore Marine.', 'Ardmore Marine', 'organization'],
    ['Water was released from Bell Rock Dam.', 'Bell Rock Dam', 'place'],
  ])('%s → %s is %s', (text, name, type) => {
    expect(typeOf([text], name)).toBe(type);
  });

  it('a committee or ministry lists its subjects, several words each', () => {
    const found = names([
      'The Senate Committee on Energy and Water Security met the Ministry of Fisheries and Coastal Affairs.',
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        'Senate Committee on Energy and Water Security',
        'Ministry of Fisheries and Coastal Affairs',
      ]),
    );
  });

  it('"former producer X" is a person; "the producer X" a company', () => {
    const text =
      'The label was founded by former producer Yoon Tae-ho and sold to the producer Halvard Films.';
    expect(typeOf([text], 'Yoon Tae-ho')).toBe('person');
  });
});

describe('entities: labels and time zones', () => {
  it('"Level IV" and "WIB" name nothing', () => {
    expect(names(['The alert rose to Level IV at 07.30 WIB on Sunday.'])).toEqual([]);
  });
});

describe('entities: "and" inside a name with a plural possessive', () => {
  it('"A and B Ferry Users’ Group" is one organisation', () => {
    const found = names(['The Mull and Iona Ferry Users’ Group said crossings were cancelled.']);
    expect(found).toEqual(['Mull and Iona Ferry Users’ Group']);
  });
});

describe('entities: legislators’ titles', () => {
  it('"Opposition MSP", "MLA" and "MPP" are titles, not part of the name', () => {
    expect(
      names(['Opposition MSP Duncan Reid and MPP Lena Carr said the board had failed.']),
    ).toEqual(['Duncan Reid', 'Lena Carr']);
  });
});
