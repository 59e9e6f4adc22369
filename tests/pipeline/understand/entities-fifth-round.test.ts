import { describe, expect, it } from 'vitest';
import { speakerOf, understand } from './make-article.ts';

/**
 * Entity rules found on the fifth set of blind pages (cases 53-62 of the corpus). Every sentence
 * here is invented for the test; none comes from a fixture.
 */
const entities = (paragraphs: string[]) => understand(paragraphs, '2025-06-10').entities;
const find = (paragraphs: string[], name: string) =>
  entities(paragraphs).find((e) => e.name === name);

describe('entities: abbreviated titles', () => {
  it('"Gov.", "Sen." and "Prof." are titles, and a weekday before one is the date', () => {
    const names = entities([
      'On Friday Gov. Lena Ortiz signed the order, and Sen. Omar Field objected.',
      'Prof. Ida Brandt said the order was lawful.',
    ]).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Lena Ortiz', 'Omar Field', 'Ida Brandt']));
    expect(names.some((n) => /Friday|Gov|Sen|Prof/.test(n))).toBe(false);
  });

  it('"the governor said" finds the person introduced as "Gov."', () => {
    const speaker = speakerOf(
      [
        'Gov. Lena Ortiz declared an emergency late on Friday.',
        '“We have been through this before, and we will get through it again,” the governor said.',
      ],
      'We have been',
    );
    expect(speaker).toBe('Lena Ortiz');
  });
});

describe('entities: names of things', () => {
  it.each([
    ['The Tillford Corps of Volunteers cleared the beach.', 'Tillford Corps of Volunteers'],
    [
      'The study appears in the Journal of Coastal Ecology this week.',
      'Journal of Coastal Ecology',
    ],
    ['The show opened at the Marrow Gallery last night.', 'Marrow Gallery'],
    // a plural everyday noun outweighs a compass word, and a weak "to"
    ['North Quay Renovations won the contract.', 'North Quay Renovations'],
    ['The contract went to Tarrow Quay Renovations.', 'Tarrow Quay Renovations'],
  ])('%s → %s is an organisation', (text, name) => {
    expect(find([text], name)?.type).toBe('organization');
  });

  it('a plural place word still names a place', () => {
    expect(find(['Protesters gathered outside the Seven Bridges.'], 'Seven Bridges')?.type).toBe(
      'place',
    );
  });

  it('a name with a model number is a product', () => {
    const text = 'Buyers in Lisbon flocked to the Vela R2040 on Tuesday.';
    expect(find([text], 'Vela R2040')?.type).toBe('other');
  });

  it('"Vietnamese-born" and "PET" name nothing', () => {
    const names = entities([
      'The Vietnamese-born chemist Lan Pham said PET bottles break down slowly.',
    ]).map((e) => e.name);
    expect(names).toEqual(['Lan Pham']);
  });
});

describe('entities: gender from a pronoun', () => {
  it('"X, whose son …, said he" says nothing about X', () => {
    const speaker = speakerOf(
      [
        'Ana Ruiz, whose son was admitted to hospital, said he had missed a dose.',
        '“He was burning up for two days,” she said.',
      ],
      'He was burning',
    );
    expect(speaker).toBe('Ana Ruiz');
  });
});

describe('entities: brands and clubs', () => {
  it('"X in its …" is not a company speaking of itself', () => {
    const text = 'Reviewers liked the Zentrix in its darker colour.';
    expect(find([text], 'Zentrix')?.type).not.toBe('organization');
  });

  it('a club suffix in capitals makes a club; with dots it is a person’s initials', () => {
    expect(find(['He left Demirkent SK for a rival.'], 'Demirkent SK')?.type).toBe('organization');
    const judge = entities(['Justice S.K. Menon said the appeal failed.']).map((e) => e.name);
    expect(judge).toContain('S.K. Menon');
  });
});

describe('entities: works named after their kind', () => {
  it.each([
    ['Her first album, Quiet Harbours, sold well in Ghana.', 'Quiet Harbours'],
    ['He wrote the novel Tamsin Reach in a single winter.', 'Tamsin Reach'],
    ['The new film, Copper Weather, opens on Friday.', 'Copper Weather'],
  ])('%s → %s is a work', (text, name) => {
    expect(find([text], name)?.type).toBe('other');
  });
});

describe('entities: quoted titles in American punctuation', () => {
  it('a comma inside the closing mark does not stop a quoted title being a work', () => {
    const u = understand(
      ['Her largest piece, “Harbour of Nine Lanterns,” was installed along the quay in 2019.'],
      '2025-06-10',
    );
    expect(u.entities.find((e) => e.name === 'Harbour of Nine Lanterns')?.type).toBe('other');
    expect(u.quotes).toEqual([]);
  });
});

describe('entities: names completed by a number', () => {
  it('roads and broadcasters named by a number are names; labels are not', () => {
    const found = entities([
      'The fire started off Highway 7, and Channel 4’s crew and BBC Radio 6 Music covered it.',
      'The council will fill his District 3 seat by Route 66.',
    ]);
    const typeOf = (name: string) => found.find((e) => e.name === name)?.type;
    expect(typeOf('Highway 7')).toBe('place');
    expect(typeOf('Route 66')).toBe('place');
    expect(typeOf('Channel 4')).toBe('organization');
    expect(typeOf('BBC Radio 6 Music')).toBe('organization');
    expect(found.some((e) => /District/.test(e.name))).toBe(false);
  });
});

describe('entities: names written the French or Spanish way', () => {
  it('inner words in lower case after a particle stay in the name, with its acronym', () => {
    const found = entities([
      'The vote went to the UDP (Union des pêcheurs) and, according to BRG, the Bureau des récoltes de Gaspé, turnout fell.',
    ]);
    const union = found.find((e) => e.name === 'Union des pêcheurs');
    expect(union?.type).toBe('organization');
    expect(union?.aliases).toContain('UDP');
    const bureau = found.find((e) => e.name === 'Bureau des récoltes de Gaspé');
    expect(bureau?.aliases).toContain('BRG');
  });

  it('English words and Latin tags after "de" are not taken in', () => {
    const names = entities([
      'It was de facto a ban, Ana de la Cruz said of the Banco de Vigo.',
    ]).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Ana de la Cruz', 'Banco de Vigo']));
    expect(names.some((n) => /facto/.test(n))).toBe(false);
  });
});
