import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';
import { furnitureByVocabulary } from '../../src/pipeline/clean/furniture-rules.ts';
import { parseCaption } from '../../src/pipeline/segment/parse-caption.ts';
import { parseDateLine } from '../../src/pipeline/segment/parse-date-line.ts';
import { parseByline } from '../../src/pipeline/segment/parse-byline.ts';

/**
 * Page-structure rules found on the third set of blind pages (cases 33-42 of the corpus). Every
 * line here is invented.
 */
const page = (...lines: string[]) => segment(clean(lines.join('\n\n')));
const reasonOf = (line: string) => {
  const verdict = furnitureByVocabulary(line);
  return verdict.furniture ? verdict.reason : null;
};

const BODY = [
  'Crews will close the northern bypass for six weeks from Monday while the old bridge deck is replaced, the ministry said.',
  'Drivers heading for the port will be sent through the town centre, where temporary lights will be set up at two junctions.',
  'The work was first planned for last summer but was delayed when the contractor ran short of steel.',
];

describe('section', () => {
  it('a slashed kicker names the crumb that the menu lists, as the menu writes it', () => {
    const article = page(
      'THE WEEKLY LAMP',
      'News   Roads   Rail   Ports   Opinion',
      'ROADS / ANALYSIS',
      'Night works to close the northern bypass for six weeks',
      ...BODY,
    );
    expect(article.source.section).toBe('Roads');
  });

  it('an all-capitals kicker is written as the page writes it elsewhere', () => {
    const article = page(
      'THE WEEKLY LAMP',
      'HOME   ROAD WORKS   RAIL   ABOUT',
      'ROAD WORKS',
      'Night works to close the northern bypass for six weeks',
      ...BODY,
      'Tags: Road Works, Bypass',
    );
    expect(article.source.section).toBe('Road Works');
  });

  it('a "›" breadcrumb still names its last crumb', () => {
    const article = page(
      'The Weekly Lamp',
      'News   Transport   Opinion',
      'Transport › Roads',
      'Night works to close the northern bypass for six weeks',
      ...BODY,
    );
    expect(article.source.section).toBe('Roads');
  });

  it('a menu word that is a newspaper section is the kicker right above the headline', () => {
    const article = page(
      'The Weekly Lamp',
      'Subscribe to the print edition from €2 a week',
      'Obituaries',
      'Mara Quill, ferry captain for forty years, dies aged 88',
      ...BODY,
    );
    expect(article.source.section).toBe('Obituaries');
    expect(reasonOf('Obituaries')).toBe('section label');
  });
});

describe('header lines', () => {
  it('"Posted by" is a byline prefix, and a blog tagline does not start the body', () => {
    expect(
      parseByline('Posted by Iris Kemp · 3 days ago · 4 min read', { requirePrefix: true }),
    ).toBe('Iris Kemp');
    const article = page(
      'THE TERRACE END',
      'An unofficial supporters’ blog. Opinions our own, heartbreak shared.',
      'Search…',
      'MATCH REPORTS',
      'Late double sends Rovers through to the final',
      'Posted by Iris Kemp · 3 days ago · 4 min read',
      ...BODY,
    );
    expect(article.title).toBe('Late double sends Rovers through to the final');
    expect(article.byline).toBe('Iris Kemp');
    expect(article.paragraphs[0]!.text).toBe(BODY[0]);
  });

  it('a bracketed update after the date line is not part of its date', () => {
    expect(parseDateLine('2025-03-04 09:15 (updated 2025-03-04 12:40)')?.iso).toBe('2025-03-04');
  });
});

describe('figures and boxes', () => {
  it('"Image courtesy of X" is a credit line of its own', () => {
    expect(parseCaption('Image courtesy of the Marsh Gallery')).toEqual({
      caption: null,
      credit: 'Image courtesy of the Marsh Gallery',
      licence: null,
      via: null,
    });
    const article = page(
      'The Weekly Lamp',
      'Night works to close the northern bypass for six weeks',
      'The old bridge deck seen from the river.',
      'Photo courtesy of Harbour Roads Ltd',
      ...BODY,
    );
    expect(article.image?.caption).toBe('The old bridge deck seen from the river.');
    expect(article.image?.credit).toBe('Photo courtesy of Harbour Roads Ltd');
  });

  it.each([
    [
      'READ NEXT: Inside the race to certify the new chips — who will do it?',
      'link to another story',
    ],
    ['📸 Our full gallery from the match is on the club Instagram', 'social-media promo'],
    ['Follow us on TikTok for match-day clips', 'social-media promo'],
  ])('"%s" is furniture', (line, reason) => {
    expect(reasonOf(line)).toBe(reason);
  });

  it('keeps a sentence that merely mentions a social network', () => {
    expect(
      reasonOf(
        'The club said the video had been shared widely on Instagram before it was removed.',
      ),
    ).toBeNull();
  });

  it('a closing line in another language after the story is not body text', () => {
    const article = page(
      'The Weekly Lamp',
      'Night works to close the northern bypass for six weeks',
      ...BODY,
      'Que descanse en paz, querida amiga.',
      'Share this article',
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual(BODY);
  });

  it('an English closing line after the story stays', () => {
    const article = page(
      'The Weekly Lamp',
      'Night works to close the northern bypass for six weeks',
      ...BODY,
      'She declined to comment.',
      'Share this article',
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual([...BODY, 'She declined to comment.']);
  });
});
