import { describe, expect, it } from 'vitest';
import { summaryOf, typeOf } from './make-article.ts';

/**
 * Categories found on the tenth set of blind pages (now cases 103-112). Every sentence here is
 * invented for the test; none comes from a fixture.
 */

describe('entities: surnames of several words', () => {
  it('a headline word before a surname does not keep the surname from its person', () => {
    expect(
      summaryOf(
        [
          'Marta Da Silva, 19, took pole position in the rain at Estoril.',
          '“I could not see the kerbs,” Da Silva said afterwards.',
        ],
        'Rookie Da Silva takes pole in wet qualifying',
      ),
    ).toContainEqual(['Marta Da Silva', 'person', 'Da Silva']);
  });

  it('an accented surname is no legal form ("Sá" is not "S.A.")', () => {
    expect(
      summaryOf([
        'Party leader Inês Sá Pereira said the vote was lost.',
        'Sá Pereira told supporters to stay calm.',
      ]),
    ).toContainEqual(['Inês Sá Pereira', 'person', 'Sá Pereira']);
  });

  it('a Dayak or Iban patronymic ("anak") joins the name, and the father’s name is the surname', () => {
    expect(
      summaryOf([
        'Robert anak Jingut farms pepper near Kapit.',
        'Jingut said the price had halved.',
      ]),
    ).toContainEqual(['Robert anak Jingut', 'person', 'Jingut']);
  });
});

describe('entities: one player beats another', () => {
  it('the side beaten is a person when a given name or a particle says so', () => {
    const paragraphs = ['Kasia Nowak beat Henrik van der Berg in the final in Utrecht.'];
    expect(typeOf(paragraphs, 'Henrik van der Berg')).toBe('person');
    expect(typeOf(['The champion beat Daniel Zielonka in four sets.'], 'Daniel Zielonka')).toBe(
      'person',
    );
  });
});

describe('entities: names whose head comes first', () => {
  it.each([
    ['The Empresa Minera del Sur won the concession.', 'Empresa Minera del Sur'],
    ['The Comité de Vecinos Barrio Alto opposed the plan.', 'Comité de Vecinos Barrio Alto'],
    ['She studied at Universiti Teknologi Pahang for a year.', 'Universiti Teknologi Pahang'],
    ['He learned the game at Voetbalclub De Kraai as a boy.', 'Voetbalclub De Kraai'],
  ])('%s', (text, name) => {
    expect(typeOf([text], name)).toBe('organization');
  });

  it('the place an organisation is named after stays a place of its own', () => {
    const found = summaryOf([
      'The Comité de Vecinos Barrio Alto met on Friday.',
      'In Barrio Alto, the mood was grim.',
    ]);
    expect(found).toContainEqual(['Barrio Alto', 'place']);
    expect(found).toContainEqual(['Comité de Vecinos Barrio Alto', 'organization']);
  });

  it.each([
    ['Flamingos nest on the Salar de Pastos Grandes in summer.', 'Salar de Pastos Grandes'],
    ['Tourists crowded the Cais da Ribeira at dusk.', 'Cais da Ribeira'],
    ['Porters refused to climb Gunung Talakmau after the rain.', 'Gunung Talakmau'],
    ['The team turned back below Langtang Himal on Tuesday.', 'Langtang Himal'],
  ])('a geographic word opens or ends a place: %s', (text, name) => {
    expect(typeOf([text], name)).toBe('place');
  });
});

describe('entities: cues the tenth set showed', () => {
  it('"Engineering" ends a company’s name, even described as "the consultant"', () => {
    expect(
      typeOf(
        ['The council’s consultant, Delta Ridge Engineering, reached the same view.'],
        'Delta Ridge Engineering',
      ),
    ).toBe('organization');
  });

  it('an apposition may open with an adverb: "X, once the region’s biggest daily,"', () => {
    expect(typeOf(['Hírlap, once the region’s biggest daily, closed in May.'], 'Hírlap')).toBe(
      'organization',
    );
  });

  it('a name after a preposition is not the subject of a plural verb', () => {
    expect(typeOf(['Flights to Vardenik were cancelled for a week.'], 'Vardenik')).toBe('place');
  });

  it('"the people of the X" is a place, apart from an outlet named after it', () => {
    const found = summaryOf([
      'Hinterveld Radio reported the vote first.',
      '“The people of the Hinterveld deserve better,” she said.',
    ]);
    expect(found).toContainEqual(['Hinterveld', 'place']);
    expect(found).toContainEqual(['Hinterveld Radio', 'organization']);
  });

  it('a title before a portfolio still names the person after the comma', () => {
    expect(
      typeOf(
        ['A spokesman said the Minister for Rural Affairs, Cathal Hedge, would visit.'],
        'Cathal Hedge',
      ),
    ).toBe('person');
  });
});

describe('entities: where a name runs on', () => {
  it('initials given to a described body are its alias', () => {
    expect(
      summaryOf([
        'The National Federation of Port Workers called the strike.',
        'The federation, known by its French initials FNTP, represents 4,000 dockers.',
      ]),
    ).toContainEqual(['National Federation of Port Workers', 'organization', 'FNTP']);
  });

  it.each([
    ['Water rose along the 9th Avenue Canal overnight.', '9th Avenue Canal', 'place'],
    ['Traffic was stopped on the 9 de Julio Bridge.', '9 de Julio Bridge', 'place'],
    [
      'The Chamber of Commerce of Peru welcomed the deal.',
      'Chamber of Commerce of Peru',
      'organization',
    ],
    [
      'MPs passed the Water Services (Amendment) Bill late on Tuesday.',
      'Water Services (Amendment) Bill',
      'other',
    ],
    [
      'Exports stopped under Ministerial Decree 2024-88 in March.',
      'Ministerial Decree 2024-88',
      'other',
    ],
  ])('%s', (text, name, type) => {
    expect(typeOf([text], name)).toBe(type);
  });

  it('two names of two words either side of "and" are two companies', () => {
    const found = summaryOf(['Its members include Tamarind Gold and Oskor Holdings.']);
    expect(found).toContainEqual(['Tamarind Gold', 'organization']);
    expect(found).toContainEqual(['Oskor Holdings', 'organization']);
  });

  it('an everyday word after "and" goes on listing one body’s subjects', () => {
    expect(
      summaryOf(['The report was written for the Nordic Forestry and Timber Agency.']).map(
        (e) => e[0],
      ),
    ).toEqual(['Nordic Forestry and Timber Agency']);
  });

  it('a sentence-initial everyday word is not the tail of a company named after it', () => {
    const found = summaryOf([
      'Brenner Steel cut 200 jobs at its mill.',
      'Steel is a cyclical business, analysts said.',
    ]);
    expect(found).toContainEqual(['Brenner Steel', 'organization']);
  });
});
