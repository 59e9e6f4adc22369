import { describe, expect, it } from 'vitest';
import { namesOf, summaryOf, typeOf } from './make-article.ts';

/**
 * Categories found on the twelfth set of blind pages (now cases 123-132). Every sentence here
 * is invented for the test; none comes from a fixture.
 */
describe('entities: titles and particles', () => {
  it('a role noun before a name is a title at a sentence start or after "former"', () => {
    expect(namesOf(['Neighbour Tessa Gale, 41, said the street heard it daily.'])).toEqual([
      'Tessa Gale',
    ]);
    expect(namesOf(['She is coached by former Olympian Rina Sato.'])).toEqual(['Rina Sato']);
  });

  it('the Welsh "ap" joins a name like "bin" or "van"', () => {
    expect(namesOf(['Councillor Dafydd ap Huw said the lights would dim.'])).toEqual([
      'Dafydd ap Huw',
    ]);
  });
});

describe('entities: kinds the twelfth set showed', () => {
  it.each([
    ['They walked up to Llyn Idwal before dawn.', 'Llyn Idwal', 'place'],
    ['She won the Malaysia Open in May.', 'Malaysia Open', 'other'],
    ['No man reached the podium at the Olympics in Paris.', 'Olympics', 'other'],
    ['The vote is at the Dunmore Civic Centre on Friday.', 'Dunmore Civic Centre', 'place'],
    ['Engineers fuelled the Kestrel rocket overnight.', 'Kestrel', 'other'],
    ['Hartono, born in Kudus in 2003, moved to Jakarta at 15.', 'Hartono', 'person'],
  ])('%s', (text, name, type) => {
    expect(typeOf([text], name)).toBe(type);
  });

  it('in a game of two players with a score, both are people', () => {
    const paragraphs = ['Lena Fischer beat Hanna Mori 21-13, 21-16 in the final.'];
    expect(typeOf(paragraphs, 'Lena Fischer')).toBe('person');
    expect(typeOf(paragraphs, 'Hanna Mori')).toBe('person');
  });

  it('a pair takes a plural verb whatever each of them is', () => {
    expect(
      typeOf(['Carinthia and Vorarlberg have granted exemptions since 2019.'], 'Vorarlberg'),
    ).toBe('place');
  });

  it('an acronym after "X for A and B" glosses the whole, in whatever language it was coined', () => {
    expect(
      summaryOf(['Data came from the Danish Institute for Soil and Water (DJVI) last week.']),
    ).toContainEqual(['Danish Institute for Soil and Water', 'organization', 'DJVI']);
  });
});

describe('entities: a possessive after ", and" opens a clause, not a list', () => {
  it('"… over Lake Ogwen, and Mira’s meter read 21" keeps Mira with Mira Holt', () => {
    const found = summaryOf([
      'I went up with my friend Mira Holt, who runs the astronomy club.',
      'The sky cleared over Lake Ogwen, and Mira’s meter read 21.',
    ]);
    const mira = found.find((e) => e[0] === 'Mira Holt');
    expect(mira?.slice(2)).toContain('Mira’s');
    expect(found.map((e) => e[0])).toEqual(['Mira Holt', 'Lake Ogwen']);
  });
});
