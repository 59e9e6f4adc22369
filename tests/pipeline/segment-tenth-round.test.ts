import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';
import { parseByline } from '../../src/pipeline/segment/parse-byline.ts';
import { parseCaption } from '../../src/pipeline/segment/parse-caption.ts';
import { parseDateLine } from '../../src/pipeline/segment/parse-date-line.ts';

/**
 * Page-structure rules found on the tenth set of blind pages (cases 103-112 of the corpus). Every
 * line here is invented.
 */
const page = (...lines: string[]) => segment(clean(lines.join('\n\n')));
const texts = (article: ReturnType<typeof segment>) => article.paragraphs.map((p) => p.text);

const HEADLINE = 'Ferry operators cut winter crossings as fuel bills climb on the island routes';
const STANDFIRST =
  'Islanders fear weeks without a reliable link to the mainland after the operator trimmed its timetable for the second year running.';
const BODY = [
  'The island ferry company said on Tuesday that it would run two crossings a day instead of four from November, blaming fuel costs that have doubled since the spring.',
  'Harbour councillors said the decision had been taken without consulting the communities that depend on the boats for food, medicine and school runs.',
  'A spokesman for the operator said the timetable would be reviewed in February and that extra sailings could be added for the holidays.',
  'Shopkeepers on the north quay said they had already begun ordering stock a fortnight ahead.',
];

describe('bylines', () => {
  it('a Malay patronymic joins the name it stands in', () => {
    expect(parseByline('By Siti Hajar binti Osman', { requirePrefix: true })).toBe(
      'Siti Hajar binti Osman',
    );
    const article = page(
      'Harbour Herald',
      HEADLINE,
      'Siti Hajar binti Osman | 4 November 2025',
      ...BODY,
    );
    expect(article.byline).toBe('Siti Hajar binti Osman');
  });

  it('an "additional reporting" line under the byline is not wrapped into it', () => {
    const article = page(
      'Harbour Herald',
      HEADLINE,
      [
        'By Marisol Quintero and Tobias Lindqvist-Haugen',
        'Additional reporting by Kalani Ho in Honolulu',
        'Share: Facebook | X | LinkedIn | Email | Print',
      ].join('\n'),
      ...BODY,
    );
    expect(article.byline).toBe('Marisol Quintero and Tobias Lindqvist-Haugen');
  });

  it('"Text and photos by" credits the reporter', () => {
    expect(parseByline('Text and photos by Ruairi Doyle', { requirePrefix: true })).toBe(
      'Ruairi Doyle',
    );
  });

  it('an author label over the name leaves the name as the byline', () => {
    const article = page(
      'Harbour Herald',
      HEADLINE,
      STANDFIRST,
      'AUTHOR',
      'Oskar Brandt',
      'Tue 04.11.2025 – 08:30',
      ...BODY,
    );
    expect(article.byline).toBe('Oskar Brandt');
    expect(texts(article)).toEqual([STANDFIRST, ...BODY]);
  });

  it('a name and a place after a bar, under the standfirst, is the byline', () => {
    const article = page('HARBOUR HERALD', HEADLINE, STANDFIRST, 'Oskar Brandt | Tromsø', ...BODY);
    expect(article.byline).toBe('Oskar Brandt');
    expect(texts(article)).toEqual([STANDFIRST, ...BODY]);
  });
});

describe('date lines', () => {
  it('a slashed date is day first under a time zone outside North America', () => {
    expect(parseDateLine('04/09/2025 14:20 SGT')?.iso).toBe('2025-09-04');
    expect(parseDateLine('04/09/2025 14:20 EDT')?.iso).toBe('2025-04-09');
  });

  it('the place a story was filed from may stand before the date', () => {
    expect(parseDateLine('Ljubljana, 14.03.2025')?.iso).toBe('2025-03-14');
  });
});

describe('advertisements', () => {
  it('a bracketed ad label marks the slogan under it', () => {
    const ad = 'Discover the fjords aboard the Northern Star';
    const article = page(
      'Harbour Herald',
      HEADLINE,
      BODY[0]!,
      BODY[1]!,
      '[Advertisement]',
      ad,
      BODY[2]!,
      BODY[3]!,
    );
    expect(texts(article)).toEqual(BODY);
  });

  it('an investment ad under a dashed sponsor label is not article text', () => {
    const ad = 'Grow your savings with Keelson Funds. Capital at risk.';
    const article = page(
      'Harbour Herald',
      HEADLINE,
      BODY[0]!,
      BODY[1]!,
      '— SPONSORED —',
      ad,
      BODY[2]!,
      BODY[3]!,
    );
    expect(texts(article)).toEqual(BODY);
  });
});

describe('captions', () => {
  it("an outlet's name alone in brackets is a credit line", () => {
    expect(parseCaption('(Harbour Herald)')).toEqual({
      caption: null,
      credit: 'Harbour Herald',
      licence: null,
      via: null,
    });
  });

  it('a photographer and source with a spaced slash and a licence is a credit line', () => {
    expect(parseCaption('Ingrid Voss / Wikimedia Commons, CC BY 4.0')).toEqual({
      caption: null,
      credit: 'Ingrid Voss / Wikimedia Commons',
      licence: 'CC BY 4.0',
      via: null,
    });
  });
});

describe('sections', () => {
  it('the last of a kicker’s labels stacked with a bar is the section', () => {
    const article = page('Harbour Herald', 'NEWS | ISLAND AFFAIRS', HEADLINE, ...BODY);
    expect(article.source.section).toBe('Island Affairs');
  });

  it('the masthead in capitals is not the section', () => {
    const article = page(
      'HARBOUR HERALD',
      'Ferries | Weather | Island Life | Shop',
      HEADLINE,
      'By Oskar Brandt',
      ...BODY,
    );
    expect(article.source.name).toBe('Harbour Herald');
    expect(article.source.section).toBeNull();
  });
});
