/**
 * Generators for the pipeline's property tests (pipeline-properties.test.ts): hostile characters
 * and strings, random Unicode and control characters, plausible news pages built from headline,
 * byline, date line, caption, paragraphs of sentence-like text and page furniture, pages with
 * HTML pasted in, and bytes (noise, UTF-8 and broken UTF-8).
 */
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Generators: hostile characters

/** Characters and short strings that break naive text handling. */
const HOSTILE_PIECES = [
  // NUL and control characters, odd line ends
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\u000B',
  '\f',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009B',
  '\t',
  '\r',
  '\r\n',
  '\n',
  '\n\n',
  '\u2028',
  '\u2029',
  // quotation marks, straight and curly, single and double, unbalanced on purpose
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '„',
  '«',
  '»',
  '″',
  '‹',
  '›',
  // HTML and script
  '<',
  '>',
  '&',
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<br/>',
  '<script>',
  '</script>',
  '&amp;',
  '&nbsp;',
  '&#8220;',
  '<!--',
  '-->',
  '<a href="https://example.test/?a=1&b=2">',
  // right-to-left letters and bidi controls
  'ש',
  'ל',
  'ום',
  'م',
  'ر',
  'حب',
  'ا',
  '\u0651',
  '\u064E',
  '\u202E',
  '\u202D',
  '\u202B',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200F',
  '\u200E',
  '\u061C',
  // emoji and other surrogate pairs
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇬🇧',
  '𝐀',
  '𝐙𝐨𝐞',
  '𐐀',
  '𠜎',
  '\u{1F4F0}',
  // combining marks
  'e\u0301',
  '\u0301',
  '\u0308\u0323',
  'A\u030A',
  'n\u0303',
  '\u20DD',
  // zero-width and invisible characters
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\u2060',
  '\u180E',
  // lone surrogates (possible in JS strings, not in UTF-8 files)
  '\uD800',
  '\uDC00',
  '\uDBFF',
  // unusual spaces
  ' ',
  '   ',
  '\u00A0',
  '\u3000',
  '\u1680',
  '\u2009',
  // punctuation that sentence, quote and date rules look at
  '.',
  '!',
  '?',
  '…',
  ',',
  ':',
  ';',
  '—',
  '–',
  '-',
  '|',
  '•',
  '©',
  '(',
  ')',
  '$',
  '%',
];

export const hostilePiece = fc.constantFrom(...HOSTILE_PIECES);
const letterRun = fc.stringMatching(/^[A-Za-z]{1,9}$/);
const digitRun = fc.stringMatching(/^\d{1,4}$/);

/** Text made of hostile pieces, words and spaces. */
export const hostileText = (maxLength: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: hostilePiece },
        { weight: 3, arbitrary: letterRun },
        { weight: 1, arbitrary: digitRun },
        { weight: 3, arbitrary: fc.constant(' ') },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

/** Any Unicode code point (fast-check's 'binary' unit covers U+0000 to U+10FFFF). */
export const unicodeText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
/** Latin-1 range including every C0 and C1 control character. */
export const controlText = (maxLength: number) => fc.string({ unit: 'binary-ascii', maxLength });

// ---------------------------------------------------------------------------------------------
// Generators: plausible news pages

const PEOPLE = [
  'Ana Ruiz',
  'Tomás Ortega',
  'Priya Nair',
  'Helen Davies',
  'Mark Davies',
  "Siobhán O'Brien",
  'Jean-Luc Moreau',
  'Zoë Ämmälä',
  'Kwame Mensah',
  'Li Wei',
  'Dr. Sara Lindqvist',
  'President Claudia Sheinbaum',
  'محمد علي',
  'דוד כהן',
  '𝐀𝐧𝐚 𝐑𝐮𝐢𝐳',
];
const ORGS = [
  'European Central Bank',
  'the ECB',
  'Northgate Council',
  'U.S. National Security Council',
  'Competition and Markets Authority',
  'the Federal Trade Commission',
  'Reuters',
  'Lisbon Rovers',
];
const PLACES = [
  'Lisbon',
  'Duluth',
  'Kenya',
  'São Paulo',
  'the U.S.',
  'Gdansk',
  'Tel Aviv',
  'القاهرة',
];
const DATE_PHRASES = [
  'on Tuesday',
  'on May 2, 2025',
  'last week',
  'in February',
  'this summer',
  'in 2023',
  'on 2024-11-19',
  'the summer of 2023',
  'at 10:30 a.m.',
  'on 12 March',
  'next month',
  'from March to May 2024',
  'in the 1990s',
  'Nov. 12',
];
const NOUNS = ['plan', 'budget', 'bus route', 'inquiry', 'deal', 'verdict', 'strike', 'museum'];
const VERBS = ['approve', 'reject', 'review', 'fund', 'delay', 'cancel', 'announce', 'defend'];
const CUES = ['said', 'told reporters', 'added', 'warned', 'recalled', 'asked', 'insisted'];
const FILLER = (
  'the a of and to in that it was for on with as by at from this but not they we is be ' +
  'residents officials would could more than about after before new local public'
).split(' ');

const FURNITURE = [
  'Share',
  'Advertisement',
  'Sign up for our newsletter',
  'Skip to content',
  'Menu',
  'Home | World | Business | Sport',
  'Facebook Twitter WhatsApp Email',
  'Read more: Council approves new budget',
  'Related stories',
  'Most read',
  'Accept all cookies',
  '© 2025 The Daily Planet. All rights reserved.',
  '3 min read',
  'Comments (12)',
  'Listen to this article',
  'Advertisement · Scroll to continue',
  'Subscribe now',
  '1 of 5',
  '-----',
  'Get the best stories delivered to your inbox every morning.',
];

export const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const name = fc.oneof(pick(PEOPLE), pick(ORGS), pick(PLACES));
const words = (min: number, max: number) =>
  fc.array(pick(FILLER), { minLength: min, maxLength: max }).map((w) => w.join(' '));

/** A sentence in one of the shapes news prose uses, some with unbalanced quotation marks. */
export const sentence: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(name, pick(NOUNS), pick(VERBS), pick(DATE_PHRASES), words(2, 8))
    .map(([n, o, v, d, w]) => `${n} said the ${o} would ${v} ${w} ${d}.`),
  fc
    .tuple(
      words(3, 12),
      pick(CUES),
      pick(PEOPLE),
      pick(['“', '"', '„', '«']),
      pick(['”', '"', '»']),
    )
    .map(([w, c, n, open, close]) => `${open}We will ${w},${close} ${n} ${c}.`),
  fc
    .tuple(pick(PEOPLE), pick(CUES), words(3, 10), pick(['“', '"', "'", '‘']))
    .map(([n, c, w, open]) => `${n} ${c}: ${open}The ${w}.`), // never closed
  fc
    .tuple(words(3, 8), pick(PEOPLE), pick(['’', '”', '"']))
    .map(([w, n, close]) => `It was ${w}${close} ${n} added.`), // closed, never opened
  fc
    .tuple(pick(ORGS), pick(PLACES), pick(VERBS), pick(DATE_PHRASES), words(3, 10))
    .map(([o, p, v, d, w]) => `The ${o.replace(/^the /, '')} in ${p} will ${v} ${w} ${d}.`),
  fc
    .tuple(words(4, 14), pick(['.', '!', '?', '…', '.”', '."']))
    .map(([w, end]) => `${w.charAt(0).toUpperCase()}${w.slice(1)}${end}`),
  fc
    .tuple(pick(PEOPLE), words(3, 8), pick(PEOPLE))
    .map(([a, w, b]) => `‘It is ${w},’ said ${a}, while ${b} declined to comment.`),
);

export const paragraph = fc
  .array(sentence, { minLength: 1, maxLength: 4 })
  .map((sentences) => sentences.join(' '));

/** Sprinkle hostile pieces into a line at random places. */
export const spiced = (line: fc.Arbitrary<string>, maxPieces: number) =>
  fc
    .tuple(line, fc.array(fc.tuple(fc.nat(), hostilePiece), { maxLength: maxPieces }))
    .map(([text, inserts]) =>
      inserts.reduce((t, [at, piece]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + piece + t.slice(i);
      }, text),
    );

export const headline = fc
  .tuple(
    fc.array(fc.oneof(pick(NOUNS), pick(PLACES), pick(PEOPLE), pick(FILLER)), {
      minLength: 3,
      maxLength: 12,
    }),
    fc.option(pick(['The Daily Planet', 'Northgate News', 'Lisbon Herald']), { nil: undefined }),
  )
  .map(([w, suffix]) => {
    const title = w.map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join(' ');
    return suffix ? `${title} | ${suffix}` : title;
  });

const byline = fc.oneof(
  pick(PEOPLE).map((p) => `By ${p}`),
  fc.tuple(pick(PEOPLE), pick(PEOPLE)).map(([a, b]) => `By ${a.toUpperCase()} and ${b}`),
  pick(PEOPLE).map((p) => `${p}, Political correspondent`),
  pick(PEOPLE).map((p) => `Words by ${p} | Reuters`),
  // Shouted bylines, including one long run of capitals (a regex once took exponential time).
  fc
    .tuple(fc.stringMatching(/^[A-Z]{2,60}$/), fc.stringMatching(/^( [A-Z]{2,12}){0,3}[!?.,]?$/))
    .map(([run, rest]) => `By ${run}${rest}`),
);

const dateLine = fc.oneof(
  fc.constantFrom(
    'Published: 4 March 2025',
    'March 4, 2025 10:32 AM GMT',
    'Updated 2024-11-19',
    'Mon 5 May 2025 14.02 BST',
    'Published 3 hours ago',
    'First published on Tue 12 Nov 2024',
  ),
  fc
    .tuple(
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1990, max: 2030 }),
    )
    .map(([d, m, y]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

const caption = fc
  .tuple(words(3, 10), pick(PEOPLE), pick(['Photograph:', 'Photo:', 'Image source,', '(Photo by']))
  .map(([w, who, marker]) =>
    marker === '(Photo by'
      ? `Residents ${w} (Photo by ${who}/Reuters)`
      : `Residents ${w}. ${marker} ${who}/AP`,
  );

/** Hard-wrap a paragraph at a column, as editors and mail clients do. */
const wrapAt = (text: string, width: number) =>
  text.replace(new RegExp(`(.{1,${width}})(?: +|$)`, 'g'), '$1\n').trimEnd();

type PageOptions = { spice: number };

/** A plausible news page: masthead and menus, headline, byline, date, caption, body, footer. */
export const newsPage = ({ spice }: PageOptions) =>
  fc
    .record({
      top: fc.array(
        fc.oneof(pick(FURNITURE), pick(['Northgate News', 'Politics', 'World › Europe'])),
        {
          maxLength: 6,
        },
      ),
      headline: spiced(headline, spice),
      byline: fc.option(byline, { nil: undefined }),
      date: fc.option(dateLine, { nil: undefined }),
      // One figure, or two in a row (a gallery): two caption lines must not overwrite each other.
      captions: fc.array(caption, { maxLength: 2 }),
      body: fc.array(
        fc.oneof(
          { weight: 6, arbitrary: spiced(paragraph, spice) },
          { weight: 1, arbitrary: pick(FURNITURE) },
          { weight: 1, arbitrary: spiced(words(2, 5), spice) }, // a sub-heading
        ),
        { minLength: 1, maxLength: 7 },
      ),
      bottom: fc.array(fc.oneof(pick(FURNITURE), spiced(headline, spice)), { maxLength: 6 }),
      wrap: fc.option(fc.integer({ min: 40, max: 100 }), { nil: undefined }),
      separator: pick(['\n\n', '\n', '\r\n\r\n', '\n \n', '\u2029']),
    })
    .map((p) => {
      const body = p.body.map((b) => (p.wrap && b.length > p.wrap ? wrapAt(b, p.wrap) : b));
      return [
        ...p.top,
        p.headline,
        ...(p.byline ? [p.byline] : []),
        ...(p.date ? [p.date] : []),
        ...p.captions,
        ...body,
        ...p.bottom,
      ].join(p.separator);
    });

/** HTML as pasted from a page's source rather than its rendering. */
export const HTML_PIECES = [
  '<p>',
  '</p>',
  '<div class="ad">Advertisement</div>',
  '<script>window.dataLayer = [];</script>',
  '<script type="text/javascript">alert("You have been hacked, my friend");</script>',
  '<b>',
  '</b>',
  '<em>Breaking</em>',
  '<a href="https://example.test/story?id=1&ref=home">',
  '</a>',
  '<img src=x onerror="alert(1)">',
  '<!-- tracking pixel -->',
  '&amp;',
  '&lt;b&gt;',
  '&#8220;',
  '<br>',
  '<h2>Background</h2>',
  '<style>p { color: red }</style>',
  'x < y && y > z',
];
export const htmlPage = fc
  .tuple(
    newsPage({ spice: 0 }),
    fc.array(fc.tuple(fc.nat(), pick(HTML_PIECES)), { minLength: 1, maxLength: 12 }),
  )
  .map(([page, inserts]) =>
    inserts.reduce((t, [at, piece]) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + piece + t.slice(i);
    }, page),
  )
  .filter((page) => /[<>&]/.test(page));

/** Any text the properties are run on: a mix of hostile noise and spiced news pages. */
export const anyText = fc.oneof(
  { weight: 2, arbitrary: unicodeText(300) },
  { weight: 1, arbitrary: controlText(300) },
  { weight: 2, arbitrary: hostileText(200) },
  { weight: 4, arbitrary: newsPage({ spice: 3 }) },
  { weight: 2, arbitrary: newsPage({ spice: 0 }) },
  { weight: 1, arbitrary: htmlPage },
);

const encoder = new TextEncoder();

/** Bytes: raw noise, UTF-8 text, and UTF-8 text with bytes flipped, cut or inserted. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  anyText.map((t) => encoder.encode(t)),
  fc
    .tuple(
      newsPage({ spice: 1 }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    .map(([t, edits]) => {
      const bytes = Array.from(encoder.encode(t));
      for (const [at, value] of edits) bytes.splice(at % (bytes.length + 1), 0, value);
      return Uint8Array.from(bytes);
    }),
  newsPage({ spice: 0 }).map((t) => {
    const bytes = encoder.encode(t);
    return bytes.subarray(0, Math.max(1, bytes.length - 1)); // may cut a multi-byte character
  }),
);
