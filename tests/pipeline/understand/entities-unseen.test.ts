import { describe, expect, it } from 'vitest';
import { understand } from './make-article.ts';

/**
 * Categories found on pages written by someone who never saw the rules. Every sentence here is
 * invented for the test; none comes from a fixture.
 */
const entities = (paragraphs: string[]) => understand(paragraphs, '2025-06-10').entities;
const find = (paragraphs: string[], name: string) =>
  entities(paragraphs).find((e) => e.name === name);

describe('entities: typing from cues the tuned pages did not have', () => {
  it.each([
    // legal forms written with dots
    ['Harbour Foods S.A. bought the plant last year.', 'Harbour Foods S.A.', 'organization'],
    ['The site was sold to Lindeman Tools B.V. in the end.', 'Lindeman Tools B.V.', 'organization'],
    ['Brightwell Water plc was fined for the spill.', 'Brightwell Water plc', 'organization'],
    // "-based" before a name: the place is one name, the organisation another
    ['The deal went to Lyon-based Ferrand Optique for €20m.', 'Ferrand Optique', 'organization'],
    ['The deal went to Lyon-based Ferrand Optique for €20m.', 'Lyon', 'place'],
    // an apposition's head noun decides, not the organisation after its preposition
    [
      'Jan Vos, an epidemiologist at the University of Utrecht, was not involved.',
      'Jan Vos',
      'person',
    ],
    ['The county clerk of court, Amos Reed, said the count was final.', 'Amos Reed', 'person'],
    // offices and authorities named "X of Y"
    [
      'Lawyers for the Director of Public Prosecutions asked for time.',
      'Director of Public Prosecutions',
      'organization',
    ],
    [
      'Engineers from the Region of Upper Varna began work.',
      'Region of Upper Varna',
      'organization',
    ],
    // "International" and "Red Cross" are organisation heads
    ['Brightaid International sent two lorries.', 'Brightaid International', 'organization'],
    ['Volunteers from the Tarn Red Cross helped.', 'Tarn Red Cross', 'organization'],
    // "outside the …": the preposition before the article still counts
    ['Protesters gathered outside the Five Bridges on Sunday.', 'Five Bridges', 'place'],
    // a geographic word that opens the name
    ['The River Wend burst its banks again.', 'River Wend', 'place'],
    // "X said its …": the subject of a verb with "its"
    ['Medecins Partenaires said its clinics were full.', 'Medecins Partenaires', 'organization'],
    ['Geneva-based Santeval opened a clinic in Mopti.', 'Santeval', 'organization'],
    // a publication that contacts someone for comment
    ['The Harbour Lantern contacted the firm for comment.', 'Harbour Lantern', 'organization'],
    // a list partner with no evidence of its own takes the other's type
    [
      'She grew up in Lisse. The tram ran between Lisse and Hillegom until 1961.',
      'Hillegom',
      'place',
    ],
    // a lower-case compass word before a name
    ['Fires spread across northern Tessaly overnight.', 'Tessaly', 'place'],
    // the agency in a wire dateline
    ['TALLINN, May 2 (Balticwire) - Ferry fares rose again.', 'Balticwire', 'organization'],
    // where people work
    ['Analysts at Northmoor Chartered expected a cut.', 'Northmoor Chartered', 'organization'],
    // a sentence-initial name kept by strong evidence of its own
    ['Telvira shares rose 2% in early trading.', 'Telvira', 'organization'],
    // a journal named after "the journal"
    ['It was published in the journal Reef Studies on Monday.', 'Reef Studies', 'organization'],
    // a person who speaks "in a statement" stays a person
    [
      'Elena Marquez won. “I will answer them,” Marquez said in a statement.',
      'Elena Marquez',
      'person',
    ],
  ])('%s → %s is %s', (text, name, type) => {
    expect(find([text], name)?.type).toBe(type);
  });
});

describe('entities: names the tuned pages split or joined wrongly', () => {
  it.each([
    // a middle initial stays inside the name, and the surname joins it
    [
      ['Marguerite O. Lindqvist won. Lindqvist thanked her staff.'],
      'Marguerite O. Lindqvist',
      'person',
      ['Lindqvist'],
    ],
    // a later mention without the legal form is the same organisation
    [
      ['Calloway Freight Ltd cut jobs. Calloway Freight said demand fell.'],
      'Calloway Freight Ltd',
      'organization',
      ['Calloway Freight'],
    ],
    // a one-word name glossed by an organisation's full name
    [
      ['Ofwat, the Water Services Regulation Authority, ruled. Ofwat said no.'],
      'Water Services Regulation Authority',
      'organization',
      ['Ofwat'],
    ],
    // an acronym that opens a name with a number in it
    [
      ['She told WKRT 5 News she would run. (Source: WKRT)'],
      'WKRT 5 News',
      'organization',
      ['WKRT'],
    ],
    // an acronym used before the parenthesis that defines it
    [
      [
        'The BFAWU said it would strike. The Federation of Bakers, Millers and Confectioners (BFAWU) voted.',
      ],
      'Federation of Bakers, Millers and Confectioners',
      'organization',
      ['BFAWU'],
    ],
    // a short first name of one person
    [
      ['Samuel Okafor won the seat. “I have known Sam for years,” a neighbour said.'],
      'Samuel Okafor',
      'person',
      ['Sam'],
    ],
    // a surname with a lower-case particle
    [
      ['Lotte van Dijk spoke first. “It is over,” van Dijk said.'],
      'Lotte van Dijk',
      'person',
      ['van Dijk'],
    ],
    // a tabloid lead in capitals, possessive included
    [
      ['MARTA ORLOV’S late goal won it. Marta Orlov was mobbed.'],
      'Marta Orlov',
      'person',
      ['MARTA ORLOV’S'],
    ],
    // a plural possessive inside an organisation's name
    [
      ['The Growers’ Union (GU) met. The Women’s Institute hosted it.'],
      'Growers’ Union',
      'organization',
      ['GU'],
    ],
    [
      ['The Growers’ Union met. The Women’s Institute hosted it.'],
      'Women’s Institute',
      'organization',
      [],
    ],
    // a comma list before a mixed-case short name in brackets
    [
      ['The Department for Roads, Rail and Ports (Derap) said no.'],
      'Department for Roads, Rail and Ports',
      'organization',
      ['Derap'],
    ],
    // a river shortened to its name
    [['The River Ket flooded. The Ket rose a metre.'], 'River Ket', 'place', ['Ket']],
    // a US state abbreviation after a city
    [['Officials in Tulsa, Okla. said the road reopened.'], 'Oklahoma', 'place', ['Okla.']],
  ])('%j → %s (%s) with aliases %j', (paragraphs, name, type, aliases) => {
    const e = find(paragraphs, name);
    expect(e?.type).toBe(type);
    for (const alias of aliases) expect(e?.aliases).toContain(alias);
  });

  it.each([
    // titles, sentence-initial role nouns and adjectives before titles stay out of the name
    ['Boss Kerrin Vale praised the keeper.', 'Kerrin Vale'],
    ['Campaigner Hattie Moss called it a scandal.', 'Hattie Moss'],
    ['Local MP Gareth Hollins welcomed the news.', 'Gareth Hollins'],
    ['United States President Joe Bloggs replied.', 'Joe Bloggs'],
    ['Senate Majority Leader Joan Thurlow called it historic.', 'Joan Thurlow'],
    ['She met Bank of Ruritania Governor Andrej Balan on Monday.', 'Andrej Balan'],
    [
      'City council member Ray T. Doucet won. (PORTVILLE) - City officials agreed.',
      'Ray T. Doucet',
    ],
  ])('%s → the person is %s', (text, name) => {
    expect(find([text], name)?.type).toBe('person');
  });

  it.each([
    // currency codes, labels before numbers and fiscal codes are not names
    ['Profit was CHF 412 million in FY26.', ['CHF', 'FY26']],
    ['He will leave his Ward 7 seat and his District 3 office.', ['Ward', 'District']],
    // a possessive after "from" is not a place
    ['She left with a gift from Moreno’s brother. Carla Moreno laughed.', []],
  ])('%s has no entity named %j', (text, absent) => {
    const all = entities([text]);
    for (const name of absent) expect(all.map((e) => e.name)).not.toContain(name);
    expect(all.filter((e) => e.type === 'place')).toEqual([]);
  });

  it('gives a shared surname to the person the text already calls by it', () => {
    const all = entities([
      'Mayor Dolores Whitfield was re-elected. Whitfield thanked volunteers.',
      'Her brother, Curtis Whitfield, ran the campaign.',
      'Whitfield will be sworn in next month.',
    ]);
    const dolores = all.find((e) => e.name === 'Dolores Whitfield')!;
    expect(dolores.mentions.map((m) => m.paragraphId)).toContain('p3');
  });
});
