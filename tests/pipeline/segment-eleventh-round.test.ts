import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';

/**
 * Page-structure rules found on the eleventh set of blind pages (cases 113-122 of the corpus).
 * Every line here is invented.
 */
const page = (...blocks: string[]) => segment(clean(blocks.join('\n\n')));
const texts = (article: ReturnType<typeof segment>) => article.paragraphs.map((p) => p.text);

const HEADLINE = 'Ferry operators cut winter crossings as fuel bills climb on the island routes';
const BODY = [
  'The island ferry company said on Tuesday that it would run two crossings a day instead of four from November, blaming fuel costs that have doubled since the spring.',
  'Harbour councillors said the decision had been taken without consulting the communities that depend on the boats for food, medicine and school runs.',
  'A spokesman for the operator said the timetable would be reviewed in February and that extra sailings could be added for the holidays.',
  'Shopkeepers on the north quay said they had already begun ordering stock a fortnight ahead.',
];
const CAPTION = 'The morning boat leaving the north quay in thick fog';

describe('figures', () => {
  it('a caption phrase under a labelled credit line, in one block, is the caption', () => {
    const article = page(
      'Harbour Herald',
      HEADLINE,
      'By Ines Morgan | 4 November 2025',
      BODY[0]!,
      `Photograph: Calum Reid\n${CAPTION}`,
      ...BODY.slice(1),
    );
    expect(article.image).toMatchObject({ caption: CAPTION, credit: 'Calum Reid' });
    expect(texts(article)).toEqual(BODY);
  });

  it('a caption phrase over a labelled credit line that ends the block is the caption', () => {
    const article = page(
      'Harbour Herald',
      `${HEADLINE}\nBy Ines Morgan | 4 November 2025\n${CAPTION}\nImage: Calum Reid`,
      ...BODY,
    );
    expect(article.image).toMatchObject({ caption: CAPTION, credit: 'Calum Reid' });
    expect(texts(article)).toEqual(BODY);
  });
});

describe('wrapped paragraphs', () => {
  it('a wrapped line that starts with a lower-case "by" goes on with the sentence', () => {
    const wrapped = [
      'The harbour trust that runs the quay was founded in the years after the war',
      'by a group of fishermen and their families, who bought the old slipway for',
      '2,000 pounds from the county and have run the net sheds and the slip since.',
    ];
    const article = page(
      'Harbour Herald',
      HEADLINE,
      'By Ines Morgan | 4 November 2025',
      ...BODY.slice(0, 2),
      wrapped.join('\n'),
      ...BODY.slice(2),
    );
    expect(texts(article)).toContain(wrapped.join(' '));
  });
});

describe('standfirsts', () => {
  const deck =
    'Islanders fear weeks without a reliable link to the mainland after the operator trimmed its timetable again';

  it('a standfirst without a full stop under the byline and date line is the first paragraph', () => {
    const article = page(
      'Harbour Herald',
      `${HEADLINE}\nInes Morgan | Reporter\n04/11/2025 08:30`,
      deck,
      ...BODY,
    );
    expect(texts(article)).toEqual([deck, ...BODY]);
  });

  it('a notice with contact details in that place is not', () => {
    const notice = 'Advertise with us: call 0100 555 0199 or email adverts@harbourherald.example';
    const article = page(
      'Harbour Herald',
      `${HEADLINE}\nInes Morgan | Reporter\n04/11/2025 08:30`,
      notice,
      ...BODY,
    );
    expect(texts(article)).toEqual(BODY);
  });
});

describe('live blogs', () => {
  it('an entry time on a line of its own is not a paragraph', () => {
    const article = page(
      'Harbour Herald',
      HEADLINE,
      'By Ines Morgan | 4 November 2025',
      `${BODY[0]!}\n16:45\n${BODY[1]!}\n2.10pm GMT\n${BODY[2]!}`,
      BODY[3]!,
    );
    expect(texts(article)).toEqual(BODY);
  });
});

describe('blog and regional header lines', () => {
  it('"Posted on <date> by <name>" gives both the date line and the byline', () => {
    const article = page(
      'Two Wheels North',
      HEADLINE,
      'Posted on 3 March 2025 by Calum Reid',
      ...BODY,
    );
    expect(article.byline).toBe('Calum Reid');
    expect(article.publishedAt).toBe('2025-03-03');
  });

  it('a year followed by "by" and lower-case words in prose is not a byline', () => {
    const line =
      'The slipway, bought in 1951 by a group of fishermen, is run today by their trust. Its chairwoman, Morag Kerr, still mends nets there.';
    const article = page(
      'Harbour Herald',
      HEADLINE,
      'By Ines Morgan | 4 November 2025',
      BODY[0]!,
      line,
      ...BODY.slice(1),
    );
    expect(texts(article)).toEqual([BODY[0], line, ...BODY.slice(1)]);
  });

  it('a kicker printed with its field label ("Category: …") gives the section without it', () => {
    const article = page(
      'Two Wheels North',
      'Category: Rail Trails',
      HEADLINE,
      'By Ines Morgan | 4 November 2025',
      ...BODY,
    );
    expect(article.source.section).toBe('Rail Trails');
  });

  it('"Story: <name>" is the byline, and a masthead beside its edition is not', () => {
    const article = page(
      'ISLAND LANTERN | Coastal Edition',
      'Home  News  Harbour  Weather  Culture  Opinion',
      'Home » Harbour » Ferries',
      HEADLINE,
      'Story: Mairi Dunlop',
      '2025-11-04 09:15 (GMT+1)',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Mairi Dunlop');
    expect(article.source.section).toBe('Ferries');
  });

  it('a masthead "Logo — Name" keeps the name the copyright line gives the site', () => {
    const article = page(
      'KTV Coast — Kestrel Television',
      'News  Weather  Sport',
      HEADLINE,
      'By Ines Morgan | 4 November 2025',
      ...BODY,
      '© 2025 Kestrel Television',
    );
    expect(article.source.name).toBe('Kestrel Television');
  });

  it('a related-links header "More from <label>" picks that label among stacked kickers', () => {
    const article = page(
      'HARBOUR HERALD',
      'NEWS',
      'ISLAND LIFE',
      'FERRY TALES',
      HEADLINE,
      'By Ines Morgan | 4 November 2025',
      ...BODY,
      'MORE FROM ISLAND LIFE',
      'Seal pup found asleep in a lobster pot',
      '© 2025 Harbour Herald',
    );
    expect(article.source.section).toBe('Island Life');
  });
});

describe('body edges', () => {
  it('the sentence ending in a colon that introduces a bulleted summary opens the body', () => {
    const leadIn = 'These are the main things we know about the ferry changes so far:';
    const bullets = BODY.map((p) => `• ${p}`);
    const article = page(
      'Harbour Herald',
      HEADLINE,
      'Last updated: 4 November 2025, 18:20 GMT',
      `${leadIn}\n${bullets.join('\n')}`,
    );
    expect(texts(article)).toEqual([leadIn, ...bullets]);
  });

  it('a deck under the lead picture is the first paragraph', () => {
    const deck =
      'Islanders say they were never asked before the operator trimmed its winter timetable';
    const article = page(
      'Harbour Herald',
      HEADLINE,
      'By Ines Morgan | 4 November 2025',
      `${CAPTION}\nImage: Calum Reid`,
      `${deck}\n${BODY.join('\n')}`,
    );
    expect(texts(article)).toEqual([deck, ...BODY]);
  });

  it('a tips appeal, a print-issue notice and a "More long reads" list are not article text', () => {
    const tips =
      'GOT A STORY FOR THE HERALD? Email us at news@herald.example or call 0100 555 0100. We reply to every message!';
    const issue =
      'This feature appears in the Spring edition of Tideline. Subscribe for the next four issues.';
    const article = page(
      'Harbour Herald',
      HEADLINE,
      'By Ines Morgan | 4 November 2025',
      ...BODY,
      tips,
      issue,
      'MORE LONG READS',
      'The ropemakers of the western isles',
      'Why every harbour needs a tide clock',
      'Liked this? Get The Tideline Letter, our longest stories every Sunday morning.',
    );
    expect(texts(article)).toEqual(BODY);
  });
});
