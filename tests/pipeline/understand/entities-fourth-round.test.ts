import { describe, expect, it } from 'vitest';
import { understand } from './make-article.ts';

/**
 * Entity rules found on the fourth set of blind pages (cases 43-52 of the corpus). Every sentence
 * here is invented for the test; none comes from a fixture.
 */
const entities = (paragraphs: string[]) => understand(paragraphs, '2025-06-10').entities;
const find = (paragraphs: string[], name: string) =>
  entities(paragraphs).find((e) => e.name === name);

describe('entities: a name the text says nothing about', () => {
  it.each([
    // named after a thing: a business, a band, a team
    ['Prices at the counter of Pellworth Dairy rose again in spring.', 'Pellworth Dairy'],
    ['Tickets for Brannock Hymns sold out within the hour.', 'Brannock Hymns'],
    ['After a tender, Ostervik Security won the new contract.', 'Ostervik Security'],
    // named after a place
    ['Each quarter Statistics Norway publishes the figures.', 'Statistics Norway'],
    // radio stations and forums have heads of their own
    ['She repeated the claim on Coastline FM that evening.', 'Coastline FM'],
    ['A letter from the Delta Growers Forum urged a delay.', 'Delta Growers Forum'],
  ])('%s → %s is an organisation', (text, name) => {
    expect(find([text], name)?.type).toBe('organization');
  });

  it.each([
    // a given name vouches for a surname that is also a word
    ['Marcus Stone spent a decade on the project.', 'Marcus Stone'],
    // and a surname the name lists know stays a surname even when it is a word
    ['Tova Marsh spent a decade on the project.', 'Tova Marsh'],
  ])('%s → %s is a person', (text, name) => {
    expect(find([text], name)?.type).toBe('person');
  });

  it('one plain unknown word is a place, not "other"', () => {
    expect(find(['The convoy reached Obrenna before dark.'], 'Obrenna')?.type).toBe('place');
  });

  it('a brand written in camel case or with digits stays "other"', () => {
    const found = entities(['The convoy tracked its trucks with FleetPilot and Route66X.']);
    expect(found.find((e) => e.name === 'FleetPilot')?.type).toBe('other');
  });

  it('a title always written with a capital "The" is a work, not an organisation', () => {
    const text = 'On the train she re-read The Salt Harvest, her favourite novel.';
    expect(find([text], 'The Salt Harvest')?.type).toBe('other');
  });

  it('"according to X" and "speaking to X" do not make X a destination', () => {
    const text = 'The figures were wrong, according to Brisk Lantern.';
    expect(find([text], 'Brisk Lantern')?.type).toBe('organization');
  });

  it('a name with no evidence takes the type of its list partner', () => {
    const text = 'Freight rates fell at rivals such as KLM and Vantaro this year.';
    const partner = find([text], 'KLM')?.type;
    expect(partner).toBe('organization');
    expect(find([text], 'Vantaro')?.type).toBe(partner);
  });
});

describe('entities: names spelled out by an acronym', () => {
  it('a comma list glossed by an acronym after it is one organisation', () => {
    const text =
      'Both sides agreed to talks at the Rural, Coastal and Island Partnership (RCIP) in May.';
    const found = find([text], 'Rural, Coastal and Island Partnership');
    expect(found?.type).toBe('organization');
    expect(found?.aliases).toContain('RCIP');
  });

  it('the acronym may come first, written as a word, in an apposition', () => {
    const text =
      'The two sides will meet at Rcip, the Rural, Coastal and Island Partnership, on Friday.';
    const found = find([text], 'Rural, Coastal and Island Partnership');
    expect(found?.type).toBe('organization');
    expect(found?.aliases).toContain('Rcip');
  });

  it('an acronym may leave out the place that opens the name', () => {
    const text =
      'The Oregon Division of Soil and Water Conservation (DSWC) issued the warning on Monday.';
    const found = find([text], 'Oregon Division of Soil and Water Conservation');
    expect(found?.type).toBe('organization');
    expect(found?.aliases).toContain('DSWC');
  });
});

describe('entities: datelines and titles', () => {
  it('a shouted dateline is the place the text names again in lower case', () => {
    const u = entities([
      'KELLOWAY, Ont. — Crews worked through the night on the ridge west of Kelloway.',
    ]);
    const place = u.find((e) => e.name === 'Kelloway');
    expect(place?.type).toBe('place');
    expect(place?.aliases).toContain('KELLOWAY');
    expect(u.some((e) => e.name === 'KELLOWAY')).toBe(false);
  });

  it('"Cllr" and "Coun." are titles, not part of the name', () => {
    const found = entities(['Cllr Anya Brook said the vote would be close.']);
    expect(found.map((e) => e.name)).toContain('Anya Brook');
    expect(found.some((e) => /Cllr/.test(e.name))).toBe(false);
  });
});

describe('entities: words that name nothing here', () => {
  it.each([
    'He charged the bill to the firm on New Year’s Eve 2021.',
    'The shop stays shut on Boxing Day and on Valentine’s Day.',
    "We tried everything, and I'm proud of that.",
    'Their debut EP sold out in a week.',
  ])('%s has no entity', (text) => {
    expect(entities([text])).toEqual([]);
  });

  it('a surname that is also in a holiday is still a surname', () => {
    expect(find(['Ana Valentine said the plan was sound.'], 'Ana Valentine')?.type).toBe('person');
  });

  it('a named wildfire is an event, not a place', () => {
    expect(
      find(['Crews contained the Marlow Ridge Fire overnight.'], 'Marlow Ridge Fire')?.type,
    ).toBe('other');
  });
});

describe('entities: organisations named through another', () => {
  it('a plural possessive inside a name spelled out by its acronym', () => {
    const text = 'The Coastal and Inland Drivers’ Union (CIDU) said members backed the strike.';
    const found = find([text], 'Coastal and Inland Drivers’ Union');
    expect(found?.type).toBe('organization');
    expect(found?.aliases).toContain('CIDU');
  });

  it('a name opened by an organisation’s acronym is an organisation', () => {
    const text = 'Figures from the NHTA North East showed cases rising.';
    expect(find([text], 'NHTA North East')?.type).toBe('organization');
  });
});
