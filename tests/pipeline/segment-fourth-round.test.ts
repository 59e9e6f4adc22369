import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';
import { furnitureByVocabulary, isListHeader } from '../../src/pipeline/clean/furniture-rules.ts';
import { ordinaryCase } from '../../src/pipeline/segment/ordinary-case.ts';
import { parseCaption } from '../../src/pipeline/segment/parse-caption.ts';
import { parseDateLine } from '../../src/pipeline/segment/parse-date-line.ts';
import { readMetadata } from '../../src/pipeline/segment/read-metadata.ts';

/**
 * Page-structure rules found on the fourth set of blind pages (cases 43-52 of the corpus). Every
 * line here is invented.
 */
const page = (...lines: string[]) => segment(clean(lines.join('\n\n')));
/** Lines with no blank line between them, as many pages paste. */
const block = (...lines: string[]) => segment(clean(lines.join('\n')));
const texts = (article: ReturnType<typeof segment>) => article.paragraphs.map((p) => p.text);
const reasonOf = (line: string) => {
  const verdict = furnitureByVocabulary(line);
  return verdict.furniture ? verdict.reason : null;
};

const HEADLINE = 'Ferry crews vote to strike over new rota at the island terminal';
const BODY = [
  'Deckhands and engineers on the island ferry will stop work for two days next week after talks over a new shift pattern broke down, their union said on Friday.',
  'The operator said it would run a reduced timetable on the morning and evening crossings and urged passengers to check before travelling.',
  'The dispute began in the spring, when managers proposed moving crews from fixed weekly shifts to a rolling rota.',
];

describe('clean: notices and prompts around the story', () => {
  it.each([
    [
      'Harbourlight uses cookies and similar technologies to measure audiences and tailor what you see.',
      'cookie notice',
    ],
    [
      'We and our 312 partners store and access information on your device to show you tailored adverts.',
      'cookie notice',
    ],
    ['We value your privacy', 'cookie notice'],
    ['Reject non-essential', 'cookie notice'],
    ['This article is more than 3 years old', 'article age label'],
    ['Video above: drone footage of the flooded high street', 'media player label'],
    ['SCROLL DOWN FOR VIDEO', 'scroll prompt'],
    [
      'PLAY NOW: Odds on every match this weekend. Must be 21+. Gambling problem? Call 1-800-GAMBLER.',
      'advertisement',
    ],
    ['Share or comment on this story:', 'sharing button'],
    ['The comments below have not been moderated.', 'comment box'],
    [
      'The views expressed in the contents above are those of our users and not of the publisher.',
      'comment box',
    ],
    ['View this email in your browser', 'newsletter or promotion'],
    ['Forwarded this? Sign up here.', 'newsletter or promotion'],
    ['Enter your search', 'search box'],
    ['END SPONSORED', 'sponsored content'],
    ['Link', 'navigation or sharing label'],
  ])('"%s" is furniture', (line, reason) => {
    expect(reasonOf(line)).toBe(reason);
  });

  it('keeps sentences that merely mention cookies, betting or comments', () => {
    expect(reasonOf('The bakery uses cookies from a supplier in the next town.')).toBeNull();
    expect(
      reasonOf('The comments below the video were later removed by the council, she said.'),
    ).toBeNull();
  });

  it('"Most read news" and "Promoted stories" open lists of links', () => {
    expect(isListHeader('MOST READ NEWS')).toBe(true);
    expect(isListHeader('Promoted Stories')).toBe(true);
  });

  it('an advertiser’s box closed by an "end sponsored" line is not article text', () => {
    const article = page(
      'Harbour Weekly',
      HEADLINE,
      BODY[0]!,
      '-- SPONSORED --',
      'Tired of paper timetables? Tidewise plans every crossing for you, with live updates.',
      '-- END SPONSORED --',
      BODY[1]!,
      BODY[2]!,
    );
    expect(texts(article)).toEqual(BODY);
  });

  it('a lower-case "by:" line or a button is not joined onto the headline or date line', () => {
    const article = block(
      'Harbour Weekly',
      HEADLINE,
      'by: Nell Farrant',
      'Posted: Jun 3, 2023 / 09:10 AM CDT',
      'e-mail',
      '',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Nell Farrant');
    expect(article.publishedAt).toBe('2023-06-03');
  });
});

describe('date lines', () => {
  it('a time printed as a part of its own, with any zone, belongs to the date line', () => {
    expect(parseDateLine('Posted: Jun 3, 2023 / 09:10 AM CDT')?.iso).toBe('2023-06-03');
    expect(parseDateLine('Updated: Jan 9, 2022 / 11:45 PM AEST')?.iso).toBe('2022-01-09');
  });

  it('a newsletter’s edition line gives the date, and its name in capitals is no byline', () => {
    const meta = readMetadata('HARBOUR WEEKLY | Issue 88 | 05.06.2023', true);
    expect(meta.date?.iso).toBe('2023-06-05');
    expect(meta.byline).toBeNull();
  });
});

describe('figures', () => {
  it('"PHOTO | NAME" after the caption is its credit', () => {
    expect(parseCaption('Crews leave the terminal on Friday. PHOTO | ODILE MARCHETTI')).toEqual({
      caption: 'Crews leave the terminal on Friday.',
      credit: 'ODILE MARCHETTI',
      licence: null,
      via: null,
    });
  });

  it('a wire credit "AGENCY/Name/File Photo" on its own line, without its button', () => {
    const article = page(
      'Harbour Weekly',
      HEADLINE,
      'By Nell Farrant',
      'The ferry leaves the island terminal, May 2, 2023.',
      'HWA/Tomas Reyna/File Photo Purchase Licensing Rights',
      ...BODY,
    );
    expect(article.image).toMatchObject({
      caption: 'The ferry leaves the island terminal, May 2, 2023.',
      credit: 'HWA/Tomas Reyna/File Photo',
    });
    expect(texts(article)).toEqual(BODY);
    expect(parseCaption('News/Politics')).toBeNull();
  });

  it('a short sentence between the date line and a long lede is an uncredited caption', () => {
    const article = page(
      'Harbour Weekly',
      HEADLINE,
      'By Nell Farrant',
      'Published: 14:05 BST, 3 June 2023',
      'Crew members outside the ticket office at the island terminal.',
      ...BODY,
    );
    expect(article.image?.caption).toBe(
      'Crew members outside the ticket office at the island terminal.',
    );
    expect(article.image?.credit).toBeNull();
    expect(texts(article)).toEqual(BODY);
  });

  it('a long line inside the story that is no sentence is a picture’s caption, not a heading', () => {
    const article = page(
      'Harbour Weekly',
      HEADLINE,
      BODY[0]!,
      'The old car deck at the island terminal was closed last winter after cracks were found',
      BODY[1]!,
      'What happens next',
      BODY[2]!,
    );
    expect(texts(article)).toEqual([BODY[0], BODY[1], 'What happens next', BODY[2]]);
  });
});

describe('bylines', () => {
  it('a bare name over a role line is the byline', () => {
    const article = page(
      'Harbour Weekly',
      'News',
      'Transport',
      '3 Jun 2023',
      'Nell Farrant',
      'Transport Correspondent',
      HEADLINE,
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Nell Farrant');
    expect(article.publishedAt).toBe('2023-06-03');
  });

  it('names joined by "and" under the date line are the byline', () => {
    const article = page(
      'Harbour Weekly',
      HEADLINE,
      'Saturday 3 June 2023 08.15 BST',
      'Nell Farrant and Idris Okonkwo-Baird',
      ...BODY,
    );
    expect(article.byline).toBe('Nell Farrant and Idris Okonkwo-Baird');
  });

  it('an institution’s office after the comma is not a second author', () => {
    const article = page(
      'Harbour Weekly',
      HEADLINE,
      'Story by Nell Farrant, Ferry Company Communications',
      ...BODY,
    );
    expect(article.byline).toBe('Nell Farrant');
  });

  it('a closing paragraph that opens with the author’s name is the author’s bio', () => {
    const article = page(
      'Harbour Weekly',
      HEADLINE,
      'By Nell Farrant',
      ...BODY,
      'Nell Farrant has reported on island life for the paper since 2015 and still takes the ferry to work.',
    );
    expect(texts(article)).toEqual(BODY);
  });
});

describe('headline', () => {
  it('stands over the byline when a newsletter dates its issue above the contents', () => {
    const article = page(
      'Harbour Weekly',
      'HARBOUR WEEKLY | Issue 88 | 05.06.2023',
      'IN THIS ISSUE',
      '1. Ferry crews vote to strike',
      '2. New pontoon opens',
      '1. PORTS',
      HEADLINE,
      'Nell Farrant | Senior Editor',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Nell Farrant');
    expect(article.publishedAt).toBe('2023-06-05');
    expect(article.source.section).toBe('Ports');
  });
});

describe('section and source', () => {
  it('title-cases a name in capitals the page never writes otherwise', () => {
    expect(ordinaryCase('THE ISLAND HERALD')).toBe('The Island Herald');
    expect(ordinaryCase('FRIENDS OF THE PIER')).toBe('Friends of the Pier');
    expect(ordinaryCase('KWXR NEWS')).toBe('KWXR News');
    const article = page('THE ISLAND HERALD', 'TRANSPORT', HEADLINE, ...BODY);
    expect(article.source).toEqual({ name: 'The Island Herald', section: 'Transport' });
  });

  it('an initialism masthead gives way to the name spelled out under it', () => {
    const article = page(
      'ÅFR',
      'Åland Ferry Radio',
      'News   Sport   Weather',
      HEADLINE,
      ...BODY,
      'ÅFR is not responsible for the content of external sites.',
    );
    expect(article.source.name).toBe('Åland Ferry Radio');
  });

  it('the newsroom inside an institution’s site is the publication', () => {
    const article = page(
      'Skip to main content',
      'Westmarch College',
      'Apply   Visit   Alumni',
      'Westmarch Today',
      'Home   Campus   Research',
      HEADLINE,
      ...BODY,
      '© Westmarch College',
    );
    expect(article.source.name).toBe('Westmarch Today');
  });

  it('the author’s desk names the section when the menu lists it', () => {
    const article = page(
      'Harbour Weekly',
      'News   Transport   Sport',
      'Transport',
      'Business',
      'Match Centre',
      'Team Sheets',
      HEADLINE,
      'By Nell Farrant, Transport Correspondent',
      ...BODY,
    );
    expect(article.source.section).toBe('Transport');
  });

  it('a label between two share buttons is a share option, not the kicker', () => {
    const article = page(
      'Harbour Weekly',
      'Copy link',
      'Facebook',
      'Digest',
      'More',
      HEADLINE,
      ...BODY,
    );
    expect(article.source.section).toBeNull();
  });
});

describe('the end of the story', () => {
  it('a dated copyright line ends the story: the promo under it is not article text', () => {
    const article = page(
      'Harbour Weekly',
      HEADLINE,
      ...BODY,
      'Copyright 2023 Harbour Weekly Ltd. All rights reserved.',
      'For the latest ferry news and sailing times, head to Harbour Weekly online every morning.',
    );
    expect(texts(article)).toEqual(BODY);
  });
});
