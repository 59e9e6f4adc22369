import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';
import { parseByline } from '../../src/pipeline/segment/parse-byline.ts';
import { parseCaption } from '../../src/pipeline/segment/parse-caption.ts';
import { parseDateLine } from '../../src/pipeline/segment/parse-date-line.ts';

/**
 * Page-structure rules found on the ninth set of blind pages (cases 93-102 of the corpus). Every
 * line here is invented.
 */
const page = (...lines: string[]) => segment(clean(lines.join('\n\n')));
const texts = (article: ReturnType<typeof segment>) => article.paragraphs.map((p) => p.text);

const HEADLINE = 'Orchard growers count the cost of a late spring frost in the valley';
const BODY = [
  'Fruit growers across the upper valley said on Monday that a late frost had destroyed up to half of this year’s apple blossom, the worst damage in more than a decade.',
  'The growers’ co-operative said members would ask the regional council for emergency help with the cost of replanting young trees lost on the lower slopes.',
  'A council spokeswoman said officials would visit the worst-hit farms this week and report to the finance committee before the end of the month.',
  'Forecasters expect warmer nights from Thursday, too late for the early varieties.',
];

describe('date lines', () => {
  it('a weekday before a dotted date does not turn it month-first', () => {
    expect(parseDateLine('Updated: Fri 03.10.2025 | 09:15')?.iso).toBe('2025-10-03');
  });

  it('an update stamp after a comma is not counted against the date line', () => {
    expect(
      parseDateLine('Posted Wed 5 Mar 2025 at 7:10am, updated Wed 5 Mar 2025 at 10:55am'),
    ).toEqual({ iso: '2025-03-05', label: 'published' });
  });

  it('a date and time joined by a spaced dash is a date line, not a market ticker', () => {
    const article = page('Valley Times', HEADLINE, 'Friday, 4 July 2025 - 06:45 PM', ...BODY);
    expect(article.publishedAt).toBe('2025-07-04');
  });
});

describe('bylines', () => {
  it('"Review by" names the critic', () => {
    expect(parseByline('Review by Ines Okafor', { requirePrefix: true })).toBe('Ines Okafor');
  });

  it('a role written before the names is not part of them', () => {
    expect(
      parseByline('By chief health reporter Marta Sousa and Leon Barr', { requirePrefix: true }),
    ).toBe('Marta Sousa and Leon Barr');
  });

  it('a credit naming no one is not the headline', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'By our valley correspondent',
      '14 May 2025',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
  });

  it('a name with its place after a bar, beside the date line, is the byline', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'Clara de la Vega | Upper Valley',
      'May 14, 2025',
      ...BODY,
    );
    expect(article.byline).toBe('Clara de la Vega');
    expect(article.title).toBe(HEADLINE);
  });
});

describe('captions', () => {
  it('a figure label before a caption with a bracketed credit is not caption text', () => {
    expect(
      parseCaption('Photo: Pickers on the lower slopes at dawn. (Rosa Lind/Valley Times)'),
    ).toEqual({
      caption: 'Pickers on the lower slopes at dawn.',
      credit: 'Rosa Lind/Valley Times',
      licence: null,
      via: null,
    });
  });

  it('"(Supplied: …)" credits who supplied the picture, label kept', () => {
    expect(
      parseCaption('Frost on blossom near the river. (Supplied: Growers Co-operative)'),
    ).toEqual({
      caption: 'Frost on blossom near the river.',
      credit: 'Supplied: Growers Co-operative',
      licence: null,
      via: null,
    });
  });

  it('a writer and photographer credit line is a byline, not a caption', () => {
    expect(parseCaption('Text: Rosa Lind | Photos: Piet Aalders')).toBeNull();
  });

  it('a footer link row before a copyright sign is not a caption', () => {
    expect(parseCaption('About us | Jobs | Privacy policy | © 2025 Valley Media Ltd.')).toBeNull();
  });
});

describe('boxes and sections', () => {
  it('a "Key points" box is left out, and the subheading after it kept', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      'Key points:',
      'Half the blossom was lost',
      'Growers want replanting help',
      'Why it hit so hard',
      ...BODY.slice(1),
    );
    expect(texts(article)).toEqual([BODY[0], 'Why it hit so hard', ...BODY.slice(1)]);
  });

  it('a menu item repeated alone above the headline is the section', () => {
    const article = page(
      'VALLEY TIMES',
      'Farming | Weather | Deals | Opinion',
      'Deals',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
    );
    expect(article.source.section).toBe('Deals');
  });
});
