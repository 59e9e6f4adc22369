import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';
import { parseDateLine } from '../../src/pipeline/segment/parse-date-line.ts';

/**
 * Page-structure rules found on the eighth set of blind pages (cases 83-92 of the corpus). Every
 * line here is invented. Each test asserts what a reader would see: the headline, the byline, the
 * date, the source, the picture, the paragraphs.
 */
const page = (...lines: string[]) => segment(clean(lines.join('\n\n')));
const texts = (article: ReturnType<typeof segment>) => article.paragraphs.map((p) => p.text);

const HEADLINE = 'Ferry operators warn of summer delays as harbour dredging overruns';
const STANDFIRST =
  'The dredging of the inner channel was due to finish in April, but the contractor now expects to work into August.';
const BODY = [
  'Ferry operators on the northern routes warned on Tuesday that sailings could be delayed through the summer because dredging of the harbour channel has overrun by four months.',
  'The port authority said the contractor had found more rock than its surveys showed, and that a second dredger would arrive from the south coast next week.',
  'Operators said larger vessels would have to wait for high tide before entering the harbour, adding up to an hour to some crossings during the busiest weeks.',
  'The authority will publish a revised timetable for the works at the end of the month, a spokesman said.',
];

describe('date lines', () => {
  it('an update stamp after a bar, without a colon, is not the date line’s words', () => {
    expect(parseDateLine('Published June 3, 2024 at 8:15 a.m. | Updated 10:40 a.m.')).toEqual({
      iso: '2024-06-03',
      label: 'published',
    });
  });

  it('a byline over a date line ending in "a.m." is header, not the first paragraph', () => {
    const article = page(
      'Harbour Gazette',
      HEADLINE,
      STANDFIRST,
      'By Ana Ruiz and Tom Hale',
      'Published June 3, 2024 at 8:15 a.m. | Updated 10:40 a.m.',
      ...BODY,
    );
    expect(article.publishedAt).toBe('2024-06-03');
    expect(texts(article)).toEqual([STANDFIRST, ...BODY]);
  });
});

describe('bylines', () => {
  it('a name with two particles beside the place and the date line is the byline', () => {
    const article = page(
      'Harbour Gazette',
      HEADLINE,
      STANDFIRST,
      'María Soto de la Vega in Valparaíso',
      'Tue 3 Jun 2024 08.15 BST',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('María Soto de la Vega');
    expect(texts(article)[0]).toBe(STANDFIRST);
  });

  it('"additional reporting by" in the header byline adds its reporter', () => {
    const article = page(
      'Harbour Gazette',
      HEADLINE,
      'Story by Ana Ruiz; additional reporting by Tom Hale',
      'June 3, 2024',
      ...BODY,
    );
    expect(article.byline).toBe('Ana Ruiz and Tom Hale');
  });

  it('a name signed with an outlet’s initials and a desk word is the byline', () => {
    const article = page(
      'Harbour Gazette',
      HEADLINE,
      STANDFIRST,
      'Ana Ruiz · HGN Sports',
      'Posted: Jun 3, 2024 8:15 PM CST',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Ana Ruiz');
  });
});

describe('source and picture', () => {
  const footer = (name: string) => `©2024 ${name}. All rights reserved.`;

  it('a logo’s initials before the spelled-out masthead drop when the page names it alone', () => {
    const article = page(
      'KFN Kestrel Ferry News',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      footer('Kestrel Ferry News'),
    );
    expect(article.source.name).toBe('Kestrel Ferry News');
  });

  it('a masthead whose initials the page always prints with the name keeps them', () => {
    const article = page(
      'KFN Kestrel Ferry News',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      '© KFN Kestrel Ferry News',
    );
    expect(article.source.name).toBe('KFN Kestrel Ferry News');
  });

  it('a bracketed photographer/agency credit under a caption sentence is the picture', () => {
    const article = page(
      'Harbour Gazette',
      HEADLINE,
      'By Ana Ruiz',
      'June 3, 2024',
      ['A dredger works in the inner channel at dawn.', '(Lena Park/HGN)'].join('\n'),
      ...BODY,
    );
    expect(article.image).toMatchObject({
      caption: 'A dredger works in the inner channel at dawn.',
      credit: 'Lena Park/HGN',
    });
    expect(texts(article)).toEqual(BODY);
  });
});

describe('clean: support lines', () => {
  it('"Need help?" with a phone number after a story is a notice, not a paragraph', () => {
    const article = page(
      'Harbour Gazette',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      'Need help? The Harbour Trust’s listening line is open every night on 0800 123 456.',
    );
    expect(texts(article)).toEqual(BODY);
  });

  it('a quote that asks "Need help?" without a number stays', () => {
    const line =
      'Need help? Ask the harbour master, the skipper said, and he will tell you to wait.';
    const article = page('Harbour Gazette', HEADLINE, 'By Ana Ruiz', ...BODY, line);
    expect(texts(article)).toContain(line);
  });
});
