import { ArticleSchema, type Article } from '../../src/shared/article-schema.ts';
import type { ArticleIndex } from '../../src/shared/index-schema.ts';
import { indexEntryOf } from '../../src/shared/index-entry.ts';

const PARAGRAPHS = {
  p1: 'The harbour council approved a new ferry timetable on Tuesday evening, Dana Ruiz said.',
  p2: 'What changes',
  p3: 'Residents had asked for an earlier boat. <script>alert(1)</script> stays text.',
  p4: '“We listened,” said Ruiz, who chairs the Harbour Council. Ola Berg of Skerry Island called it “a good start for the islands.”',
  p5: 'The last change came in March 2019, when the council cut the late boat. A protest followed on May 2. “Nobody asked us about the late boat.”',
};

/** The span of `needle` in paragraph `id`: offsets are found, not typed, so they cannot drift. */
function at(id: keyof typeof PARAGRAPHS, needle: string) {
  const start = PARAGRAPHS[id].indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in ${id}`);
  return { paragraphId: id, start, end: start + needle.length };
}

/** A small hand-written article, validated by the same schema the app uses. */
export const sampleArticle: Article = ArticleSchema.parse({
  schemaVersion: 1,
  slug: 'harbour-council-approves-ferry-timetable',
  sourceFile: 'ferry.txt',
  title: 'Harbour council approves new ferry timetable',
  source: { name: 'The Island Post', section: 'Local' },
  byline: 'Dana Whitfield',
  publishedAt: '2025-03-14',
  anchorDate: '2025-03-14',
  image: {
    caption: 'The morning ferry leaving the harbour.',
    credit: 'Ola Berg',
    licence: 'CC BY 4.0',
    via: 'Wikimedia Commons',
  },
  paragraphs: Object.entries(PARAGRAPHS).map(([id, text]) => ({
    id,
    kind: id === 'p2' ? 'heading' : 'text',
    text,
  })),
  removed: ['Menu', 'Share'],
  wordCount: 60,
  readingMinutes: 1,
  entities: [
    {
      id: 'dana-ruiz',
      name: 'Dana Ruiz',
      type: 'person',
      aliases: ['Ruiz'],
      salience: 3,
      mentions: [at('p1', 'Dana Ruiz'), at('p4', 'Ruiz')],
    },
    {
      id: 'harbour-council',
      name: 'Harbour Council',
      type: 'organization',
      aliases: ['council'],
      salience: 2,
      mentions: [at('p1', 'harbour council'), at('p4', 'Harbour Council'), at('p5', 'council')],
    },
    {
      id: 'ola-berg',
      name: 'Ola Berg',
      type: 'person',
      aliases: [],
      salience: 1,
      mentions: [at('p4', 'Ola Berg')],
    },
    {
      id: 'skerry-island',
      name: 'Skerry Island',
      type: 'place',
      aliases: [],
      salience: 1,
      mentions: [at('p4', 'Skerry Island')],
    },
  ],
  quotes: [
    {
      id: 'q1',
      text: 'We listened,',
      speakerId: 'dana-ruiz',
      cue: 'said',
      attribution: 'name',
      ...at('p4', 'We listened,'),
      continuations: [],
      mentionIds: [],
    },
    {
      id: 'q2',
      text: 'a good start for the islands.',
      speakerId: 'ola-berg',
      cue: 'called it',
      attribution: 'name',
      ...at('p4', 'a good start for the islands.'),
      continuations: [],
      mentionIds: ['skerry-island'],
    },
    {
      id: 'q3',
      text: 'Nobody asked us about the late boat.',
      speakerId: null,
      cue: null,
      attribution: 'none',
      ...at('p5', 'Nobody asked us about the late boat.'),
      continuations: [],
      mentionIds: [],
    },
  ],
  dates: [
    {
      id: 'd1',
      text: 'Tuesday',
      value: '2025-03-11',
      ...at('p1', 'Tuesday'),
      sentence: at('p1', PARAGRAPHS.p1),
      entityIds: ['harbour-council', 'dana-ruiz'],
    },
    {
      id: 'd2',
      text: 'March 2019',
      value: '2019-03',
      ...at('p5', 'March 2019'),
      sentence: at('p5', 'The last change came in March 2019, when the council cut the late boat.'),
      entityIds: ['harbour-council'],
    },
    {
      id: 'd3',
      text: 'May 2',
      value: 'XXXX-05-02',
      ...at('p5', 'May 2'),
      sentence: at('p5', 'A protest followed on May 2.'),
      entityIds: [],
    },
  ],
});

export const olderArticle: Article = {
  ...sampleArticle,
  slug: 'older-story',
  title: 'An older story about tides',
  publishedAt: '2024-01-02',
  source: { name: 'Tide Weekly', section: null },
  byline: null,
  image: null,
};

export const undatedArticle: Article = {
  ...olderArticle,
  slug: 'undated-story',
  title: 'A story with no date',
  publishedAt: null,
};

export function indexOf(...articles: Article[]): ArticleIndex {
  return {
    articles: articles.map(indexEntryOf),
  };
}
