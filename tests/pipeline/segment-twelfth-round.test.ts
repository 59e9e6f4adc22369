import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';

/**
 * Page-structure rules found on the twelfth set of blind pages (cases 123-132 of the corpus).
 * Every line here is invented.
 */
const page = (...blocks: string[]) => segment(clean(blocks.join('\n\n')));
const texts = (article: ReturnType<typeof segment>) => article.paragraphs.map((p) => p.text);

const HEADLINE = 'Valley orchards lose half their cherry crop after late frost hits the blossom';
const BODY = [
  'Growers across the upper valley said on Monday that a single night of frost in early May had destroyed about half of this year’s cherry blossom, the worst loss in two decades.',
  'The regional fruit cooperative said its members would apply for emergency payments and that some smaller farms might not harvest at all this summer.',
  'Orchard owner Petra Lindqvist said her family had lit straw fires between the rows until dawn but could not keep the temperature above freezing.',
  'The cooperative expects prices at market stalls to rise by about a third by July.',
];
const DECK =
  'Growers say a single cold night has wiped out a year of work, and the cooperative is asking for emergency help';
const CAPTION = 'Frost-damaged blossom on a cherry tree near the upper valley road';

describe('standfirsts', () => {
  it('a deck over the lead picture, under the date line, is the first paragraph', () => {
    const article = page(
      'Valley Courier',
      HEADLINE,
      'Jonas Ekberg, Farming Reporter\n03/06/2025 09:12',
      DECK,
      `${CAPTION} | Credit: Valley Courier`,
      ...BODY,
    );
    expect(texts(article)).toEqual([DECK, ...BODY]);
    expect(article.image).toMatchObject({ caption: CAPTION, credit: 'Valley Courier' });
  });
});

describe('share bars and counters', () => {
  it('a comment count with a speech-bubble icon is not the standfirst', () => {
    const article = page(
      'Valley Courier',
      HEADLINE,
      'Jonas Ekberg, Farming Reporter\n03/06/2025 09:12',
      '💬 41 comments',
      DECK,
      `${CAPTION} | Credit: Valley Courier`,
      ...BODY,
    );
    expect(texts(article)).toEqual([DECK, ...BODY]);
    expect(article.removed).toContain('💬 41 comments');
  });

  it('a share bar of labels, counters, icons and an audio button is furniture', () => {
    const bar = 'Comments (37)   Share   f   ✉';
    const audio = 'Share this · Email · Listen to this story (3 min)';
    expect(clean(bar).units[0]!.furniture).not.toBeNull();
    expect(clean(audio).units[0]!.furniture).not.toBeNull();
  });
});

describe('figures', () => {
  it('"Pic: <name>" under a caption phrase is the picture credit', () => {
    const article = page(
      'Valley Courier',
      HEADLINE,
      'By Jonas Ekberg\n3 June 2025',
      `${CAPTION}\nPic: Hanna Moberg`,
      ...BODY,
    );
    expect(article.image).toMatchObject({ caption: CAPTION, credit: 'Hanna Moberg' });
    expect(texts(article)).toEqual(BODY);
  });

  it('a "Supplied / <source>" line over a caption is the picture credit', () => {
    const caption = 'Frost-damaged blossom on a cherry tree near the upper valley road.';
    const article = page(
      'Valley Courier',
      HEADLINE,
      'By Jonas Ekberg\n3 June 2025',
      `Supplied / Upper Valley Growers\n${caption}`,
      ...BODY,
    );
    expect(article.image).toMatchObject({ caption, credit: 'Supplied / Upper Valley Growers' });
    expect(texts(article)).toEqual(BODY);
  });
});

describe('boxes inside and under the story', () => {
  it('a "Most read in <section>" list inside the story is not article text', () => {
    const links = [
      'Council votes to close the old swimming baths',
      'Bakery owner wins bread prize',
    ];
    const article = page(
      'Valley Courier',
      HEADLINE,
      'By Jonas Ekberg\n3 June 2025',
      ...BODY.slice(0, 2),
      ['MOST READ IN FARMING', ...links].join('\n'),
      ...BODY.slice(2),
    );
    expect(texts(article)).toEqual(BODY);
  });

  it('a print-issue notice naming the magazine without "the" is not article text', () => {
    const notice = 'This article appears in Field Notes issue 12, “Harvest”.';
    const article = page(
      'Valley Courier',
      HEADLINE,
      'By Jonas Ekberg\n3 June 2025',
      ...BODY,
      notice,
    );
    expect(texts(article)).toEqual(BODY);
  });

  it('a results box of score lines under a capitalised label is not article text', () => {
    const box = [
      'RESULTS: Valley Cup final – full scores',
      'MD: Berg/Holm (SWE) bt Ito/Sato (JPN) 21-17 19-21 21-12',
    ].join('\n');
    const article = page(
      'Valley Courier',
      HEADLINE,
      'By Jonas Ekberg\n3 June 2025',
      ...BODY.slice(0, 3),
      box,
      ...BODY.slice(3),
    );
    expect(texts(article)).toEqual(BODY);
    const joined = 'RESULTS: Valley Cup final MD: Berg/Holm bt Ito/Sato 21-17 19-21 21-12';
    expect(clean(joined).units[0]!.furniture).not.toBeNull();
    expect(clean('Results: the home side won 3-1 and then 2-0.').units[0]!.furniture).toBeNull();
  });
});

describe('live pages', () => {
  it('a long lead-in sentence ending in a colon above plain paragraphs opens the body', () => {
    const lead =
      'These are the main developments so far as the frost warnings spread across the northern valleys:';
    const article = page(
      'Valley Courier',
      HEADLINE,
      'Tue 3 Jun 2025 09.12 CEST',
      'Summary',
      lead,
      ...BODY,
    );
    expect(texts(article)).toEqual([lead, ...BODY]);
  });
});
