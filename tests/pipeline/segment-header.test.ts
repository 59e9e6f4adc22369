import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';
import { findSection } from '../../src/pipeline/segment/find-section.ts';
import { findSourceName } from '../../src/pipeline/segment/find-source-name.ts';
import { pickTitle } from '../../src/pipeline/segment/pick-title.ts';
import { readMetadata } from '../../src/pipeline/segment/read-metadata.ts';

/**
 * Header rules of the segment stage: where the headline, byline, source and section are when a
 * page dates its story above the headline, prints a standfirst under it, signs with an outlet or
 * a bare name, or shouts its masthead. Every page here is invented.
 */
const page = (...lines: string[]) => segment(clean(lines.join('\n')));

const BODY = [
  'Crews will close the northern bypass for six weeks from Monday while the old bridge deck is replaced, the ministry said.',
  'Drivers heading for the port will be sent through the town centre, where temporary lights will be set up at two junctions.',
  'The work was first planned for last summer but was delayed when the contractor ran short of steel.',
];

describe('a date line above the headline', () => {
  const article = page(
    'Ministry of Roads',
    'Home',
    'Press Releases',
    'Press Release',
    'Tuesday, March 3, 2026',
    'Night works to close the northern bypass for six weeks',
    ...BODY,
  );

  it('takes the headline from under the date line, not the menu above it', () => {
    expect(article.title).toBe('Night works to close the northern bypass for six weeks');
    expect(article.publishedAt).toBe('2026-03-03');
  });

  it('files the story under the section, not the document type "Press Release"', () => {
    expect(article.source.section).toBe('Press Releases');
    expect(article.removed).toContain('Press Release');
  });
});

describe('a headline over its standfirst', () => {
  it('the upper of two long headline-shaped lines is the headline', () => {
    const candidates = [
      { index: 3, text: 'Transit fares rise as the new ferry timetable starts in Victoria, B.C.' },
      { index: 4, text: 'Commuters face longer waits on weekend crossings' },
    ];
    expect(pickTitle(candidates, () => false, 4)?.index).toBe(3);
  });

  it('a short kicker over the headline stays the kicker', () => {
    const candidates = [
      { index: 3, text: 'Cost of living' },
      { index: 4, text: 'Transit fares rise as the new ferry timetable starts' },
    ];
    expect(pickTitle(candidates, () => false, 4)?.index).toBe(4);
  });

  it('a "BREAKING:" ticker over the headline is not the headline', () => {
    const candidates = [
      { index: 3, text: 'BREAKING: Harbour road closed overnight for repairs' },
      { index: 4, text: 'Transit fares rise as the new ferry timetable starts' },
    ];
    expect(pickTitle(candidates, () => false, 4)?.index).toBe(4);
  });

  it('reads a name signed with an outlet as the byline, and the outlet as the source', () => {
    const article = page(
      'KBN',
      'Menu',
      'Local',
      'Politics',
      'Vancouver Island',
      'Transit fares rise as the new ferry timetable starts in Victoria, B.C.',
      'Commuters face longer waits on weekend crossings',
      'Owen Marsh · KBN News',
      'Posted: Jan 5, 2026 9:00 AM PST',
      ...BODY,
      'A harbour official told KBN News the timetable would be reviewed in March.',
      '© 2026 Kestrel Broadcasting Network',
    );
    expect(article.title).toBe(
      'Transit fares rise as the new ferry timetable starts in Victoria, B.C.',
    );
    expect(article.byline).toBe('Owen Marsh');
    expect(article.source).toEqual({ name: 'KBN News', section: 'Vancouver Island' });
    expect(article.paragraphs.map((p) => p.text)).not.toContain(
      'Commuters face longer waits on weekend crossings',
    );
  });
});

describe('a newsletter: name above the headline, author named alone under it', () => {
  const article = page(
    'Forwarded this email? Subscribe here for more',
    'The Harbour Letter',
    'Three ferries I would take again tomorrow',
    'Notes from a windy week on the islands',
    'Mara Lindqvist',
    'READ IN APP',
    ...BODY,
    'Thanks for reading The Harbour Letter! Subscribe for free to receive new posts.',
    '© 2026 Mara Lindqvist',
  );

  it('finds headline, bare-name byline and masthead', () => {
    expect(article.title).toBe('Three ferries I would take again tomorrow');
    expect(article.byline).toBe('Mara Lindqvist');
    expect(article.source).toEqual({ name: 'The Harbour Letter', section: null });
    expect(article.paragraphs.map((p) => p.text)).toEqual(BODY);
  });

  it('does not take a button under the headline for the author', () => {
    const noAuthor = page(
      'The Harbour Letter',
      'Three ferries I would take again tomorrow',
      'Listen Now',
      ...BODY,
    );
    expect(noAuthor.byline).toBeNull();
  });
});

describe('a newsletter tagline and sponsor above the headline', () => {
  const article = page(
    'THE WIRE ROOM',
    'Rail Notes #12',
    'The week in rail policy, for people who read the footnotes.',
    "Presented by Ostra Signals — keeping Europe's trains apart.",
    'Rail',
    'Regulator fines operator over late trains in winter storm',
    'Reporter: Lena Kroll',
    ...BODY,
    '© The Wire Room SRL, Ghent',
  );

  it('the tagline is furniture; the byline under the headline is still found', () => {
    expect(article.title).toBe('Regulator fines operator over late trains in winter storm');
    expect(article.byline).toBe('Lena Kroll');
    expect(article.source).toEqual({ name: 'The Wire Room', section: 'Rail' });
    expect(article.paragraphs.map((p) => p.text)).toEqual(BODY);
    expect(article.removed).toContain(
      'The week in rail policy, for people who read the footnotes.',
    );
  });
});

describe('source name', () => {
  it('writes a masthead in capitals as the copyright line does', () => {
    expect(
      findSourceName({
        head: ['RIVERTON LEDGER', 'News', 'Sport'],
        rest: ['© Copyright 2025 Riverton Ledger Pty Ltd'],
        page: ['RIVERTON LEDGER', 'News', 'Sport', '© Copyright 2025 Riverton Ledger Pty Ltd'],
        titleSuffix: null,
      }),
    ).toBe('Riverton Ledger');
  });

  it('drops a masthead tagline after a dash and its bracketed acronym', () => {
    expect(
      findSourceName({
        head: ['Coastal Survey Agency (CSA) - Mapping the shore since 1921', 'Maps', 'Data'],
        rest: ['Funding came from the Coastal Survey Agency, which also lent two boats.'],
        page: [],
        titleSuffix: null,
      }),
    ).toBe('Coastal Survey Agency');
  });
});

describe('byline and section details', () => {
  it('"Name · Outlet" is a byline; "Section · Outlet News" is not', () => {
    expect(readMetadata('Owen Marsh · KBN News', true).byline).toBe('Owen Marsh');
    expect(readMetadata('Local News · KBN Radio', true).byline).toBeNull();
  });

  it('a desk inside a role line may still be the section; a wire that signs the byline may not', () => {
    expect(findSection(['Rugby'], null, ['By JOHN ROE', 'Northern Sports Wire Rugby Writer'])).toBe(
      'Rugby',
    );
    expect(findSection(['Harbour Wire'], null, ['By Ana Ruiz, Harbour Wire'])).toBeNull();
  });

  it('a press release ends at "References": the citation after it is not body', () => {
    const body = [
      ...BODY,
      'The regulator said the operator had ignored three warnings about its winter plans since 2023.',
      'Passenger groups welcomed the fine but said the money should go towards heating the stations.',
      'The operator said it would appeal and that the storm had been the worst in forty years.',
    ];
    const article = page(
      'Regulator fines operator over late trains in winter storm',
      ...body,
      'References',
      'K Novak et al. Delay propagation on single-track lines in winter conditions. Journal of Rail Operations, volume 12, pages 40 to 58, published in the spring.',
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual(body);
  });
});
