import { describe, expect, it } from 'vitest';
import { understand } from './make-article.ts';

/**
 * Entity rules found on the third set of blind pages (cases 33-42 of the corpus). Every sentence
 * here is invented for the test; none comes from a fixture.
 */
const entities = (paragraphs: string[], extra: Parameters<typeof understand>[2] = {}) =>
  understand(paragraphs, '2025-06-10', extra).entities;
const find = (paragraphs: string[], name: string) =>
  entities(paragraphs).find((e) => e.name === name);
const names = (paragraphs: string[]) => entities(paragraphs).map((e) => e.name);

describe('entities: typing', () => {
  it.each([
    // a role noun by its suffix right before the name
    [
      'She toured with the cellist Arno de Vries, a partnership of ten years.',
      'Arno de Vries',
      'person',
    ],
    // Romance names open with their head
    ['The Junta de Castilla approved the plan.', 'Junta de Castilla', 'organization'],
    ['Researchers at Karlstad Institutet joined the study.', 'Karlstad Institutet', 'organization'],
    // a team suffix
    ['Brackley Town Women beat the leaders.', 'Brackley Town Women', 'organization'],
    // a possessive apposition describes the name before it
    [
      'The deal needs approval from Marknadsverket, Sweden’s market regulator.',
      'Marknadsverket',
      'organization',
    ],
    [
      'Power comes from Lurani Electricity (LEC), the state utility.',
      'Lurani Electricity',
      'organization',
    ],
    // who runs things
    [
      'She won a prize run by Ceardlann Nua and moved to the city.',
      'Ceardlann Nua',
      'organization',
    ],
    // a plural lower-case head types every member of the list
    ['New permits were frozen in the Las Brisas and Altamar districts.', 'Las Brisas', 'place'],
    // a Romance street word
    ['The shop on Calle Serrano closed.', 'Calle Serrano', 'place'],
    // "from X to Y"
    ['Pupils came from Ballyroe Strand to Perth.', 'Ballyroe Strand', 'place'],
    // a place head wins over "its"
    ['The storm sent Miller Creek over its banks.', 'Miller Creek', 'place'],
    // a work named with how and when it was made
    ['The best room holds Harbour Nocturne, painted in 1958.', 'Harbour Nocturne', 'other'],
    // the page's own publication
    ['The minister told Grid Ledger that the rules would change.', 'Grid Ledger', 'organization'],
  ])('%s → %s is %s', (text, name, type) => {
    const extra = name === 'Grid Ledger' ? { source: { name: 'Grid Ledger', section: null } } : {};
    expect(entities([text], extra).find((e) => e.name === name)?.type).toBe(type);
  });

  it('a title before an acronym does not make it a person', () => {
    const list = entities([
      'She taught at the Northern Academy of Music (NAM) for years. Former NAM pupils run the school now.',
    ]);
    expect(list.find((e) => e.name === 'Northern Academy of Music')?.type).toBe('organization');
  });

  it('a region that is also an adjective is a place when used as a noun', () => {
    expect(find(['Ferries cross the North Sea and the Baltic every night.'], 'Baltic')?.type).toBe(
      'place',
    );
  });
});

describe('entities: names and titles', () => {
  it.each([
    ['Deputy Foreign Minister Ilse Varga arrived on Monday.', 'Ilse Varga'],
    ['Danish Finance Minister Jens Lund spoke first.', 'Jens Lund'],
    ['Chief Executive Tomas Brekke resigned.', 'Tomas Brekke'],
    ['Deputy Minister of Digital Affairs Anna Kowal visited the site.', 'Anna Kowal'],
    ['Trilby Shipping A/S agreed the deal.', 'Trilby Shipping A/S'],
    ['The Sligo County Sheriff’s Office closed the road.', 'Sligo County Sheriff’s Office'],
    ['Tessa Nye, an Oregon Republican, voted no.', 'Oregon'],
  ])('%s → %s', (text, name) => {
    expect(names([text])).toContain(name);
  });

  it.each([
    ['Deputy Foreign Minister Ilse Varga arrived on Monday.', 'Foreign Minister Ilse Varga'],
    ['Norwegian Foreign Minister Kari Holm signed it.', 'Norwegian Foreign'],
    ['The award was given by the Minister for Sport, Nuala Dunne, on Friday.', 'Sport'],
    ['A ROGUE builder who cheated pensioners was jailed on Friday.', 'ROGUE'],
    ['He called me ‘Little Bee’ every morning.', 'Little Bee'],
    ['Her funeral will be held on Easter Monday.', 'Easter'],
    ['The team drew 61,000 Icelanders and 900 Londoners to the study.', 'Icelanders'],
  ])('%s has no entity %s', (text, name) => {
    expect(names([text])).not.toContain(name);
  });

  it('"Genomics" ends a name, so "and" does not join two organisations', () => {
    const list = names(['The team, from Tarsk Genomics and Holm University Hospital, met.']);
    expect(list).toEqual(expect.arrayContaining(['Tarsk Genomics', 'Holm University Hospital']));
  });
});

describe('entities: short forms', () => {
  it('a first surname stands for a name of three words', () => {
    const e = find(
      ['Lucas Ferrer Gil led the walk-out. Ferrer said the vote was rushed.'],
      'Lucas Ferrer Gil',
    );
    expect(e?.aliases).toContain('Ferrer');
  });

  it('a gendered short form goes to the person, not a firm sharing the word', () => {
    const list = entities([
      'Brekke Freight A/S bought a rival. Its founder is Ola Brekke.',
      'Brekke said he would keep every depot open.',
    ]);
    expect(list.find((e) => e.name === 'Ola Brekke')?.aliases).toContain('Brekke');
  });

  it('a name less its generic head ("University") is the same organisation', () => {
    const e = find(
      [
        'Castlemoor A&M University cancelled classes.',
        'A spokesperson for Castlemoor A&M said the campus would reopen.',
      ],
      'Castlemoor A&M University',
    );
    expect(e?.aliases).toContain('Castlemoor A&M');
  });

  it('weak place evidence does not keep a first name from its person', () => {
    const e = find(
      ['Lotta Brandt came on at half-time.', 'Osei scored with a header from a Lotta cross.'],
      'Lotta Brandt',
    );
    expect(e?.aliases).toContain('Lotta');
  });

  it('an apostrophe inside a word does not close a quoted title', () => {
    const text = 'Detectives said: "Ivo Marsh\'s victims were chosen with care."';
    expect(find([text], 'Ivo Marsh')?.type).toBe('person');
  });
});
