import { describe, expect, it } from 'vitest';
import { understand } from './make-article.ts';

/**
 * Entity rules found on the eighth set of blind pages (cases 83-92 of the corpus). Every sentence
 * here is invented for the test; none comes from a fixture.
 */
const entities = (paragraphs: string[]) => understand(paragraphs, '2025-06-10').entities;
const typeOf = (paragraphs: string[], name: string) =>
  entities(paragraphs).find((e) => e.name === name)?.type;
const names = (paragraphs: string[]) => entities(paragraphs).map((e) => e.name);

describe('entities: organisations named the French, Spanish or Italian way', () => {
  it.each([
    ['The vines belong to Domaine Arnoux now.', 'Domaine Arnoux'],
    ['A buyer for Château de Vireuil was found.', 'Château de Vireuil'],
    ['Listeners of Radio Alcaraván complained.', 'Radio Alcaraván'],
    ['The bid came from Haddad Frères last week.', 'Haddad Frères'],
    [
      'Members of the Fédération des Pêcheurs de Gascogne voted.',
      'Fédération des Pêcheurs de Gascogne',
    ],
  ])('%s → %s is an organisation', (text, name) => {
    expect(typeOf([text], name)).toBe('organization');
  });
});

describe('entities: teams, venues and programmes', () => {
  it('a known place and a plural is a team', () => {
    expect(typeOf(['Fans of the Toronto Lynxes cheered.'], 'Toronto Lynxes')).toBe('organization');
  });

  it('a title inside a venue’s or a street’s name stays in it; a person keeps theirs apart', () => {
    const found = names([
      'The Regina Pilots won at Queen City Arena, near King Street.',
      'Cllr Anya Brook said so.',
    ]);
    expect(found).toEqual(
      expect.arrayContaining(['Queen City Arena', 'King Street', 'Anya Brook']),
    );
  });

  it('a named payment or scheme is a programme, not an organisation', () => {
    const text = 'Tenants can claim the Housing Bridge Payment from next month.';
    expect(typeOf([text], 'Housing Bridge Payment')).toBe('other');
  });

  it('"Shs 4bn" and "B&Bs" name nothing', () => {
    expect(names(['The scheme cost Shs 4bn, and B&Bs along the coast complained.'])).toEqual([]);
  });
});

describe('entities: the world list of populated places', () => {
  it('a place of several words that the list knows is a place, not a person', () => {
    expect(typeOf(['Flights to Nakhon Ratchasima resumed on Friday.'], 'Nakhon Ratchasima')).toBe(
      'place',
    );
  });

  it('a name whose first word is also a town stays a person', () => {
    expect(
      typeOf(['Mitchell Hayes scored twice.', 'Hayes said it was luck.'], 'Mitchell Hayes'),
    ).toBe('person');
  });
});

describe('entities: clubs, channels and shouted words', () => {
  it.each([
    ['He joined Borussia Kettwig last summer.', 'Borussia Kettwig'],
    ['He told Kanal Deniz that he would stay.', 'Kanal Deniz'],
    ['The fee Bozkurt Denizspor paid was a record.', 'Bozkurt Denizspor'],
  ])('%s → %s is an organisation', (text, name) => {
    expect(typeOf([text], name)).toBe('organization');
  });

  it('an everyday word in capitals is no name; a short acronym still is', () => {
    const found = names(['The BREAKING banner ran all day, and WHO officials said little.']);
    expect(found).toEqual(['WHO']);
  });

  it('"the X and Y Workers, or ACRONYM," is one organisation with its acronym', () => {
    const text = 'Pay talks with the Union of Dockers and Allied Crafts, or UDAC, broke down.';
    const found = entities([text]).find((e) => e.name === 'Union of Dockers and Allied Crafts');
    expect(found?.aliases).toContain('UDAC');
  });
});

describe('entities: Spanish names and bodies', () => {
  it('"De la Peña" at a sentence start is the surname of the full name, not a new person', () => {
    const found = entities([
      'The judge Rodrigo de la Vega Salcedo won the seat. De la Vega thanked his supporters.',
    ]);
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'Rodrigo de la Vega Salcedo',
    ]);
  });

  it.each([
    ['Members of the Partido Verde Andino voted.', 'Partido Verde Andino'],
    ['A report by the Observatorio Electoral found gaps.', 'Observatorio Electoral'],
  ])('%s → %s is an organisation', (text, name) => {
    expect(typeOf([text], name)).toBe('organization');
  });

  it('"GH¢ 3,200" names nothing', () => {
    expect(names(['Prices hit GH¢ 3,200 a bag.'])).toEqual([]);
  });
});

describe('entities: a plural possessive a few words before the head', () => {
  it('"the Omani Women’s Cricket Federation" is one organisation', () => {
    expect(names(['The Omani Women’s Cricket Federation said the league would grow.'])).toEqual([
      'Omani Women’s Cricket Federation',
    ]);
  });
});
