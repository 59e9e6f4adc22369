import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { segment } from '../../src/pipeline/02-segment.ts';

/**
 * Page-structure rules found on the sixth set of blind pages (cases 63-72 of the corpus). Every
 * line here is invented. Each test asserts what a reader would see: the headline, the byline, the
 * publication, the picture's credit, the paragraphs.
 */
/** Lines with no blank line between them, as many pages paste. */
const block = (...lines: string[]) => segment(clean(lines.join('\n')));
const page = (...lines: string[]) => segment(clean(lines.join('\n\n')));
const texts = (article: ReturnType<typeof segment>) => article.paragraphs.map((p) => p.text);

const HEADLINE = 'Ferry crossing to the islands returns after the winter storms';
const BODY = [
  'The ferry between the mainland and the outer islands made its first crossing in six weeks on Thursday, after engineers finished repairs to the ramp damaged in the January storms.',
  'Islanders had relied on a small charter boat for supplies and hospital visits since the ramp was torn from its mountings, the council said.',
  'The operator said it would run an extra sailing each weekend until the end of March to clear the backlog of freight waiting at the harbour.',
];

describe('clean: widgets, links, small print and form rows around the story', () => {
  it('the text-size buttons beside the audio player are not the headline', () => {
    // Nothing headline-shaped sits right over the date line, so the line under it is looked at.
    const article = page(
      'Island Courier',
      HEADLINE,
      'PORT ELLEN',
      'March 6, 2025',
      'A-  A  A+    Listen to this story ▶',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(texts(article)).toEqual(BODY);
  });

  it('an "ALSO ON <site>:" link between paragraphs is not a paragraph', () => {
    const article = page(
      'Island Courier',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      'ALSO ON IC: Who pays when the harbour ramp fails again?',
      BODY[1]!,
    );
    expect(texts(article)).toEqual([BODY[0], BODY[1]]);
  });

  it('an advertiser’s copy that ends in its small print is not a paragraph', () => {
    const article = page(
      'Island Courier',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      'Harbour Outfitters spring sale - half price on all waterproofs. Terms and conditions apply.',
      BODY[1]!,
    );
    expect(texts(article)).toEqual([BODY[0], BODY[1]]);
  });

  it('a row of bracketed form fields and buttons is not a paragraph', () => {
    const article = page(
      'Island Courier',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      '[Your name] [Your email] [Join the list]',
      BODY[1]!,
    );
    expect(texts(article)).toEqual([BODY[0], BODY[1]]);
  });

  it('a newsletter box closed by its sign-up button, with no e-mail field, is not article text', () => {
    const article = page(
      'Island Courier',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      'Newsletter: The Crossing',
      'Tide times, sailings and island news, each Monday morning before the first boat.',
      '[Subscribe for free]',
      BODY[1]!,
    );
    expect(texts(article)).toEqual([BODY[0], BODY[1]]);
  });

  it('a wrapped line that opens a quotation in lower case continues the sentence above', () => {
    const article = page(
      'Island Courier',
      HEADLINE,
      'By Ana Ruiz',
      BODY[0]!,
      'The harbour master, who oversaw the first crossing, said the crew had\n“waited long enough for a calm morning” before setting out.',
      BODY[1]!,
    );
    expect(texts(article)).toEqual([
      BODY[0],
      'The harbour master, who oversaw the first crossing, said the crew had “waited long enough for a calm morning” before setting out.',
      BODY[1],
    ]);
  });
});

describe('segment: header lines, captions and the story’s foot', () => {
  it('"(Photo courtesy of X)" after a caption is its credit; the line is kept whole', () => {
    const line =
      'The repaired ramp at the mainland terminal on Wednesday. (Photo courtesy of the Harbour Trust)';
    const article = page('Island Courier', HEADLINE, 'By Ana Ruiz', 'March 6, 2025', line, ...BODY);
    expect(article.image).toMatchObject({
      caption: 'The repaired ramp at the mainland terminal on Wednesday.',
      credit: 'the Harbour Trust',
    });
    // The credit leaves out "courtesy of": the whole line stays traceable in `removed`.
    expect(article.removed).toContain(line);
  });

  it('"<name> at <venue>" next to the date line is the byline, under the headline and standfirst', () => {
    const article = block(
      'The Sideline',
      'Netball',
      'Quayside 51-49 Hill Rovers: late steal settles the county final',
      'Goal shooter lands the winner with four seconds left as the holders fall in front of a record crowd',
      'Ana Ruiz at Marsh Lane',
      'Sat 8 Mar 2025 17.45 GMT',
      ...BODY,
    );
    expect(article.title).toBe('Quayside 51-49 Hill Rovers: late steal settles the county final');
    expect(article.byline).toBe('Ana Ruiz');
    expect(article.source.section).toBe('Netball');
  });

  it('names over a dateline place in capitals over the date line are the byline', () => {
    const article = page(
      'Island Courier',
      HEADLINE,
      'The operator says an extra weekend sailing will clear the freight backlog by the end of March',
      'Ana Ruiz and Tomás Ortega',
      'PORT ELLEN',
      'Last Updated: 6th March, 2025 | 08:15 AM',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Ana Ruiz and Tomás Ortega');
  });

  it('a name signed with a news agency after a comma is the byline, not the headline', () => {
    const article = block(
      'Island Courier',
      'Transport',
      HEADLINE,
      'The operator said crews had worked through the night. No sailings were cancelled on Friday.',
      'Ana Ruiz, Agence Nordique',
      '06.03.2025 · 09:40 CET',
      ...BODY,
    );
    expect(article.title).toBe(HEADLINE);
    expect(article.byline).toBe('Ana Ruiz');
  });

  it('a masthead followed by its edition ("X | International Edition") names the publication', () => {
    const article = page(
      'The Island Courier | International Edition',
      'Home | Transport | Islands',
      HEADLINE,
      'By Ana Ruiz',
      ...BODY,
      '© 2025 Island Courier Verlag GmbH',
    );
    expect(article.source.name).toBe('The Island Courier');
  });

  it('a standfirst without a full stop under the headline is the first paragraph', () => {
    const standfirst =
      'Operator adds a weekend sailing; islanders say the charter boat cost them dearly all winter';
    const article = page('Island Courier', HEADLINE, standfirst, 'By Ana Ruiz', ...BODY);
    expect(article.title).toBe(HEADLINE);
    expect(texts(article)).toEqual([standfirst, ...BODY]);
  });

  it('a short deck under the headline is a second headline, not a paragraph', () => {
    const article = page(
      'Island Courier',
      HEADLINE,
      'Extra sailings planned for the weekend',
      'By Ana Ruiz',
      ...BODY,
    );
    expect(texts(article)).toEqual(BODY);
  });

  it('"Reporting by X; Editing by Y" at the foot is the byline when the header has none', () => {
    const article = page(
      'Island Courier',
      HEADLINE,
      'March 6, 2025',
      ...BODY,
      'Reporting by Ana Ruiz in Port Ellen; Editing by Tom Hale',
    );
    expect(article.byline).toBe('Ana Ruiz');
    expect(texts(article)).toEqual(BODY);
  });

  it('the header’s byline wins over the wire credit at the foot', () => {
    const article = page(
      'Island Courier',
      HEADLINE,
      'By Tomás Ortega',
      ...BODY,
      'Reporting by Ana Ruiz; Editing by Tom Hale',
    );
    expect(article.byline).toBe('Tomás Ortega');
  });
});
