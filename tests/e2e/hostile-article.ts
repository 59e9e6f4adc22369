import { ArticleSchema, type Article } from '../../src/shared/article-schema.ts';

/** Text that would run code if anything ever injected article text as HTML or as a URL. */
export const HOSTILE_LINES = [
  'Officials said <script>window.__pwned = "script"</script> nothing happened.',
  'A photo <img src=x onerror="window.__pwned = \'img\'"> was described.',
  'The link <a href="javascript:window.__pwned=\'link\'">click me</a> was shared.',
  'Bidi controls \u202Eevil\u202C and \u2066isolates\u2069 stay as characters.',
];

export const hostileArticle: Article = ArticleSchema.parse({
  schemaVersion: 1,
  slug: 'hostile-input',
  sourceFile: 'hostile.txt',
  title: '<img src=x onerror="window.__pwned=\'title\'"> Headline',
  source: { name: '<b>Site</b>', section: null },
  byline: '<script>window.__pwned="byline"</script>',
  publishedAt: null,
  anchorDate: null,
  image: {
    caption: '<svg onload="window.__pwned=\'caption\'">',
    credit: 'javascript:alert(1)',
    licence: null,
    via: null,
  },
  paragraphs: HOSTILE_LINES.map((text, i) => ({ id: `p${i + 1}`, kind: 'text', text })),
  removed: [],
  wordCount: 40,
  readingMinutes: 1,
  entities: [
    {
      id: 'script-kiddie',
      name: '<script>window.__pwned="entity"</script>',
      type: 'person',
      aliases: [],
      salience: 1,
      mentions: [{ paragraphId: 'p1', start: 15, end: 23 }],
    },
  ],
  quotes: [
    {
      id: 'q1',
      text: '<img src=x onerror="window.__pwned=\'quote\'">',
      speakerId: 'script-kiddie',
      cue: '<b>said</b>',
      attribution: 'name',
      paragraphId: 'p2',
      start: 8,
      end: 50,
      continuations: [],
      mentionIds: [],
    },
  ],
  dates: [],
});
