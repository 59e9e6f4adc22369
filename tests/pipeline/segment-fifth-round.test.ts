import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';

/**
 * Page-structure rules found on the fifth set of blind pages (cases 53-62 of the corpus). Every
 * line here is invented. Each test asserts what a reader would see: the headline, the byline, the
 * publication, the picture's credit, the paragraphs.
 */
/** Lines with no blank line between them, as many pages paste. */
const block = (...lines: string[]) => segment(clean(lines.join('\n')));
const page = (...lines: string[]) => segment(clean(lines.join('\n\n')));
const texts = (article: ReturnType<typeof segment>) => article.paragraphs.map((p) => p.text);

const HEADLINE = 'Lifeboat station reopens after two-year rebuild on the harbour wall';
const BODY = [
  'The lifeboat station at the end of the harbour wall reopened on Saturday after a two-year rebuild that cost the charity more than £3m, its volunteers said.',
  'Crews had worked from a temporary shed on the slipway since the old boathouse was condemned after a winter storm cracked its foundations.',
  'The new building has room for a second boat, a training room and showers for crews coming back from night launches in cold weather.',
];

describe('clean: lines of a paragraph and boxes around the story', () => {
  it('joins a wrapped line that stops on "the" to the capitalised name that continues it', () => {
    const article = block(
      'Harbour Weekly',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      'The rebuild was paid for by the',
      'Coastal Communities Renewal Trust and the',
      'Northern Maritime Heritage Fund.',
      BODY[1]!,
    );
    expect(texts(article)).toEqual([
      BODY[0],
      'The rebuild was paid for by the Coastal Communities Renewal Trust and the Northern Maritime Heritage Fund.',
      BODY[1],
    ]);
  });

  it('a subheading that ends on a preposition is not joined to the paragraph under it', () => {
    const article = block(
      'Harbour Weekly',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      'Who the crews answer to',
      BODY[1]!,
    );
    expect(texts(article)).toEqual([BODY[0], 'Who the crews answer to', BODY[1]]);
  });

  it('a newsletter box’s pitch between its sign-up prompt and e-mail field is not the ending', () => {
    const article = block(
      'Harbour Weekly',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      'Sign up for Tide Tables',
      'Our volunteers’ best stories from the coast and the river, sent to you every Thursday.',
      'Enter email address',
      'Sign up',
    );
    expect(texts(article)).toEqual(BODY);
  });

  it('"Top Stories" followed by more menu labels is a menu item: the headline is not a link', () => {
    const article = block(
      'Harbour Radio',
      'Menu',
      'Top Stories',
      'Local',
      'Coast',
      'Weather',
      'Sport',
      'Local',
      HEADLINE,
      'Ana Ruiz · Harbour Radio News',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Ana Ruiz');
  });

  it('a stamp relative to the page\'s saving ("Last updated: 5 hours ago") is not the headline', () => {
    const article = page(
      'Harbour Weekly',
      'Lifeboat station finally reopens',
      'Last updated: 5 hours ago',
      ...BODY,
    );
    expect(article.title).toBe('Lifeboat station finally reopens');
  });

  it('the note under an audio player is not the first paragraph', () => {
    const article = page(
      'Harbour Weekly',
      HEADLINE,
      'By Ana Ruiz',
      'You are listening to a computer-generated voice. Some place names may be mispronounced.',
      ...BODY,
    );
    expect(texts(article)).toEqual(BODY);
  });

  it('a video player’s label with a running time is not a paragraph', () => {
    const article = page(
      'Harbour Weekly',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      'WATCH · 03:41',
      BODY[1]!,
    );
    expect(texts(article)).toEqual([BODY[0], BODY[1]]);
  });

  it('the quote box’s delay notice after the story is not its last paragraph', () => {
    const article = page(
      'Harbour Markets',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      'Quotes are delayed by at least 20 minutes and are shown for reference.',
    );
    expect(texts(article)).toEqual(BODY);
  });

  it('a site’s Title-Case description in the footer is not article text', () => {
    const article = block(
      'Harbour Weekly',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      'Subscribe',
      'Independent Reporting on Coastal Towns, Harbour Life, Lifeboats and Local Sport Since 1901.',
    );
    expect(texts(article)).toEqual(BODY);
  });
});

describe('segment: the header', () => {
  it('a logo in capitals is the publication when the page names it again in ordinary case', () => {
    const article = block(
      'HARBOURLIGHT',
      'Coast and river news',
      'Coastal Towns',
      'Rivers',
      'Weather',
      'Coastal Towns',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      'More in Coastal Towns',
      'Never miss a launch. Get the Harbourlight weekly email.',
    );
    expect(article.source).toEqual({ name: 'Harbourlight', section: 'Coastal Towns' });
  });

  it('a short logo word in capitals written as a word elsewhere is not an initialism', () => {
    const article = block(
      'TIDE',
      'Coastal Towns',
      'Rivers',
      'Coastal Towns',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      'More in Coastal Towns',
      'Tide is published by the Harbour Trust.',
    );
    expect(article.source.name).toBe('Tide');
  });

  it('the author’s bare name under the published and updated lines is the byline', () => {
    const article = block(
      'Harbour Markets',
      HEADLINE,
      'Published Mon, Mar 3 2025 8:00 AM EST',
      'Updated Mon, Mar 3 2025 9:30 AM EST',
      'Ana Ruiz',
      ...BODY,
    );
    expect(article.byline).toBe('Ana Ruiz');
    expect(article.publishedAt).toBe('2025-03-03');
  });

  it('"Interview by" and "As told to" credit the author of a Q&A', () => {
    for (const credit of ['Interview by Ana Ruiz', 'As told to Ana Ruiz']) {
      const article = block('Harbour Weekly', 'Interviews', HEADLINE, credit, ...BODY);
      expect(article.title).toBe(HEADLINE);
      expect(article.byline).toBe('Ana Ruiz');
    }
  });

  it('a correspondent’s name with where the story was filed, beside the date line, is the byline', () => {
    const article = block(
      'Harbour Weekly',
      'Coast',
      HEADLINE,
      'Ana Ruiz in Lisbon',
      'Saturday 8 March 2025 09.15 GMT',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Ana Ruiz');
    expect(article.publishedAt).toBe('2025-03-08');
  });

  it('a name with a place that is not beside a date line is left alone', () => {
    const article = block('Harbour Weekly', HEADLINE, 'Ana Ruiz in Lisbon', ...BODY);
    expect(article.byline).not.toBe('Ana Ruiz');
  });
});

describe('segment: credits in brackets after the caption', () => {
  it.each([
    [
      'Volunteers haul the new boat up the slipway. (Ana Ruiz / CC BY-SA 4.0)',
      {
        caption: 'Volunteers haul the new boat up the slipway.',
        credit: 'Ana Ruiz',
        licence: 'CC BY-SA 4.0',
      },
    ],
    [
      'The coxswain speaks at the station’s opening. (Tom Hale/KGLA)',
      {
        caption: 'The coxswain speaks at the station’s opening.',
        credit: 'Tom Hale/KGLA',
        licence: null,
      },
    ],
  ])('"%s" is the picture’s caption and credit', (line, image) => {
    const article = block(
      'Harbour Weekly',
      HEADLINE,
      'By Ana Ruiz',
      'March 8, 2025',
      line,
      ...BODY,
    );
    expect(
      article.image && {
        caption: article.image.caption,
        credit: article.image.credit,
        licence: article.image.licence,
      },
    ).toEqual(image);
    expect(texts(article)).toEqual(BODY);
  });
});
