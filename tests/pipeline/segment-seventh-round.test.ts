import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';

/**
 * Page-structure rules found on the seventh set of blind pages (cases 73-82 of the corpus). Every
 * line here is invented. Each test asserts what a reader would see: the headline, the byline, the
 * date, the section, the picture, the paragraphs.
 */
/** One block of lines with no blank line between them, as many pages paste. */
const lines = (...parts: string[]) => parts.join('\n');
const page = (...lines: string[]) => segment(clean(lines.join('\n\n')));
const texts = (article: ReturnType<typeof segment>) => article.paragraphs.map((p) => p.text);

const HEADLINE = 'Orchard growers count the cost of a late spring frost';
const BODY = [
  'Fruit growers across the valley lost up to half of their apple blossom after two nights of hard frost last week, the growers’ association said on Monday.',
  'Temperatures fell to minus four degrees in the lower orchards, where cold air settles, and many growers ran out of fuel for their frost burners before dawn.',
  'The association has asked the regional government for emergency loans to help members pay seasonal pickers who were hired before the frost.',
  'Insurers said claims would take several weeks to assess because the damage only becomes clear once the fruit begins to set.',
];

describe('clean: ads, newsletter prompts and notices written as sentences', () => {
  it('the line under an "Advertisement" label that asks the reader to buy is the ad', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      BODY[1]!,
      'Advertisement',
      'Sail the fjords this summer: eight nights with guided walks ashore. Book now with Nordwind Cruises.',
      BODY[2]!,
    );
    expect(texts(article)).toEqual([BODY[0], BODY[1], BODY[2]]);
  });

  it('a story sentence under the label is still a paragraph', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      'Advertisement',
      BODY[1]!,
      BODY[2]!,
    );
    expect(texts(article)).toEqual(BODY.slice(0, 3));
  });

  it('"Get the <name> Bulletin" behind a mail emoji is a newsletter prompt', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      BODY[1]!,
      '📧 Get the Valley Growers Bulletin every Tuesday. Sign up free.',
      BODY[2]!,
    );
    expect(texts(article)).toEqual(BODY.slice(0, 3));
  });

  it('a newsletter box closed by "Email address [   ] SIGN UP" loses its pitch too', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY.slice(0, 3),
      [
        'Sign up for The Orchard Note',
        'Our growers’ desk picks the week’s prices and weather, every Monday at 7 a.m.',
        'Email address [              ]  SIGN UP',
      ].join('\n'),
    );
    expect(texts(article)).toEqual(BODY.slice(0, 3));
  });

  it('a non-profit newsroom’s note, its charity number and land acknowledgement are not text', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'By Ana Ruiz',
      'Valley Times is a non-profit newsroom. Our stories are free to read and free to republish.',
      ...BODY,
      'Valley Times Trust is a registered charity. Charity registration number 1098765.',
      'Valley Times acknowledges that it works on the traditional territories of the river peoples.',
    );
    expect(texts(article)).toEqual(BODY);
  });

  it('a "Was this guide useful?" widget and a "More guides" box between paragraphs are not text', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      'Was this guide useful? 👍 Yes 👎 No',
      BODY[1]!,
      lines('More guides', '• How frost insurance works', '• What growers can claim for'),
      BODY[2]!,
      BODY[3]!,
    );
    expect(texts(article)).toEqual(BODY);
  });
});

describe('segment: header lines', () => {
  it('"Text: <name>" is the byline, not the headline', () => {
    const article = page('Valley Times', HEADLINE, 'Text: Ana Ruiz', ...BODY);
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Ana Ruiz');
  });

  it('a newspaper named after the authors is their outlet, not a third author', () => {
    const article = page(
      'VALLEY COURIER',
      HEADLINE,
      'By Ana Ruiz and Tom Roe, Valley Courier',
      ...BODY,
    );
    expect(article.byline).toBe('Ana Ruiz and Tom Roe');
  });

  it('"Published : <date> <time>   Updated : <date> <time>" gives the published date', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'Published : 2025-04-07 08:10:00   Updated : 2025-04-08 11:45:30',
      ...BODY,
    );
    expect(article.publishedAt).toBe('2025-04-07');
    expect(texts(article)).toEqual(BODY);
  });

  it('a dotted date with a time after it is day first', () => {
    const article = page('Valley Times', HEADLINE, 'By Ana Ruiz', '07.04.2025 | 08:10', ...BODY);
    expect(article.publishedAt).toBe('2025-04-07');
  });

  it('a printed page’s "Source: <address>" is not a picture credit', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      'Source: https://valleytimes.example/farming/orchard-frost',
    );
    expect(article.image).toBeNull();
  });

  it('a slashed path that starts at "Home" is navigation, and its last crumb is the section', () => {
    const article = page(
      'Valley Times',
      'Home / News / Regions / Lower Valley',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.source.section).toBe('Lower Valley');
  });

  it('a title-case slashed kicker is a path: its last crumb wins over the one the menu lists', () => {
    const article = page(
      'Valley Times',
      'Latest   Farming   Weather   Markets',
      'Farming / Orchards',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
    );
    expect(article.source.section).toBe('Orchards');
  });

  it('an explainer’s first question subheading is not the headline', () => {
    const article = page(
      'Valley Times',
      HEADLINE,
      'A guide to the frost loans on offer and who can claim them before the harvest begins',
      'Listen to this guide (6 min) ▶',
      'What happened to the blossom?',
      BODY[0]!,
      BODY[1]!,
      'Who pays for the damage?',
      BODY[2]!,
      BODY[3]!,
    );
    expect(article.title).toBe(HEADLINE);
    expect(texts(article)).toEqual([
      'A guide to the frost loans on offer and who can claim them before the harvest begins',
      'What happened to the blossom?',
      BODY[0],
      BODY[1],
      'Who pays for the damage?',
      BODY[2],
      BODY[3],
    ]);
  });
});

describe('segment: the body’s extent', () => {
  it('a "Read more:" box above a wire sign-off sits inside the story', () => {
    const closing = 'The agriculture minister is expected to visit the valley on Friday.';
    const article = page(
      'Valley Wire',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      lines(
        'Read more:',
        'Frost season arrives early in the hills',
        'Cherry prices climb as supply shrinks',
      ),
      closing,
      '(Reporting by Ana Ruiz; Editing by Tom Roe)',
    );
    expect(texts(article)).toEqual([...BODY, closing]);
  });

  it('on a hard-wrapped page, two lines broken at the wrap column are one paragraph', () => {
    // The page wraps at 60 columns; the first line of the last paragraph is 59 characters long, so
    // "Loans" did not fit after it, though a sentence ends there.
    const wrapped = (text: string) => text.replace(/(.{1,60})(?:\s+|$)/g, '$1\n').trim();
    const last = [
      'The growers will meet the minister in the market on Friday.',
      'Loans could be paid before the harvest.',
    ];
    const article = page(
      'Valley Times',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY.map(wrapped),
      last.join('\n'),
    );
    expect(texts(article)).toEqual([...BODY, last.join(' ')]);
  });

  it('a short sentence on a line of its own, well inside the column, stays a paragraph', () => {
    const wrapped = (text: string) => text.replace(/(.{1,60})(?:\s+|$)/g, '$1\n').trim();
    const last = ['The minister will visit on Friday.', 'Loans could be paid before the harvest.'];
    const article = page(
      'Valley Times',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY.map(wrapped),
      last.join('\n'),
    );
    expect(texts(article)).toEqual([...BODY, ...last]);
  });
});
