import type {
  Article,
  DateMention,
  Entity,
  EntityType,
  Paragraph,
  Quote,
  TextSpan,
} from '../../src/shared/article-schema.ts';
import { slugify } from '../../src/shared/slugify.ts';
import { MONTH_NAMES } from '../../src/shared/month-names.ts';

/**
 * A long article for the UI benchmark: ~20,000 words in ~250 paragraphs with ~2,000 mentions of
 * 40 entities (ten of each type), a few quotes and dates. Made from a seeded PRNG so every run
 * and every machine measures exactly the same document; nothing in it depends on the clock.
 */
export const BENCH_SLUG = 'bench-generated-long-article';

export type GenerateOptions = {
  seed: number;
  paragraphs: number;
  words: number;
  mentions: number;
};

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = {
  seed: 20250314,
  paragraphs: 250,
  words: 20_000,
  // Nested names, quote speakers and date sentences add ~120 more: about 2,000 in all.
  mentions: 1_880,
};

/** mulberry32: tiny, fast and good enough to pick words; the seed alone fixes the sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const intBetween = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}
function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Invented names, so the article cannot be mistaken for news. `inner` names a nested entity. */
type EntitySeed = { name: string; type: EntityType; alias: string; inner?: string };
const ENTITY_SEEDS: EntitySeed[] = [
  // The first one is the most mentioned: the benchmark clicks on it.
  { name: 'Amara Okonkwo', type: 'person', alias: 'Okonkwo' },
  { name: 'Tomasz Wierzbicki', type: 'person', alias: 'Wierzbicki' },
  { name: 'Lucía Ferreira', type: 'person', alias: 'Ferreira' },
  { name: 'Daniel Achterberg', type: 'person', alias: 'Achterberg' },
  { name: 'Mei-Lin Hartono', type: 'person', alias: 'Hartono' },
  { name: 'Rafael Quintero', type: 'person', alias: 'Quintero' },
  { name: 'Ingrid Solheim', type: 'person', alias: 'Solheim' },
  { name: 'Kwame Mensah', type: 'person', alias: 'Mensah' },
  { name: 'Priya Raghavan', type: 'person', alias: 'Raghavan' },
  { name: 'Oskar Lindqvist', type: 'person', alias: 'Lindqvist' },
  { name: 'Valdoria Port Authority', type: 'organization', alias: 'VPA', inner: 'Valdoria' },
  { name: 'Meridian Freight Union', type: 'organization', alias: 'the union' },
  { name: 'Northgate Water Board', type: 'organization', alias: 'the board' },
  { name: 'Harbor Logistics Group', type: 'organization', alias: 'HLG' },
  { name: 'Coastal Transit Agency', type: 'organization', alias: 'CTA' },
  { name: 'Institute for Tidal Research', type: 'organization', alias: 'the institute' },
  { name: 'Lysander City Council', type: 'organization', alias: 'the council', inner: 'Lysander' },
  { name: 'Blue Reef Insurance', type: 'organization', alias: 'Blue Reef' },
  { name: 'National Ferry Company', type: 'organization', alias: 'NFC' },
  { name: 'Ostrava Steelworks', type: 'organization', alias: 'the steelworks' },
  { name: 'Valdoria', type: 'place', alias: 'Valdoria' },
  { name: 'Lysander', type: 'place', alias: 'Lysander' },
  { name: 'Port Emmerich', type: 'place', alias: 'Emmerich' },
  { name: 'Kessel Estuary', type: 'place', alias: 'the estuary' },
  { name: 'Marrow Bay', type: 'place', alias: 'the bay' },
  { name: 'Old Quay', type: 'place', alias: 'Old Quay' },
  { name: 'Santa Inés', type: 'place', alias: 'Santa Inés' },
  { name: 'Brackwater', type: 'place', alias: 'Brackwater' },
  { name: 'Dunmore Hills', type: 'place', alias: 'the hills' },
  { name: 'Tallis Island', type: 'place', alias: 'Tallis' },
  { name: 'Operation Tidewater', type: 'other', alias: 'Tidewater' },
  { name: 'Clean Harbors Act', type: 'other', alias: 'the act' },
  { name: 'Project Lantern', type: 'other', alias: 'Lantern' },
  { name: 'Estuary Compact', type: 'other', alias: 'the compact' },
  { name: 'Storm Hesper', type: 'other', alias: 'Hesper' },
  { name: 'Harbor Bond', type: 'other', alias: 'the bond' },
  { name: 'Night Shift Agreement', type: 'other', alias: 'the agreement' },
  { name: 'Blue Line', type: 'other', alias: 'the line' },
  { name: 'Ordinance 17', type: 'other', alias: 'the ordinance' },
  { name: 'Ferry Strike', type: 'other', alias: 'the strike' },
];

const FILLER = `the a of and to in that for on with as at by from was were is are has had have
  said would could will after before during over under about into across between while since
  than more most many few some other new old local regional public private workers residents
  officials engineers crews ships cargo ferries tides water harbor river port city plan budget
  report meeting vote proposal contract schedule repairs delays costs risks flooding storm
  season winter spring morning evening week month year years decade weeks months hours days
  quietly slowly finally again still already nearly almost roughly openly briefly later early
  agreed warned argued noted insisted admitted promised expected announced delayed approved
  rejected reviewed questioned described estimated confirmed funded built closed opened moved
  lower higher longer shorter wider deeper safer cheaper busier smaller larger stronger weaker
  first second third last next previous final annual nightly weekly formal informal careful`
  .split(/\s+/)
  .filter(Boolean);

/** A paragraph under construction: text plus the spans written into it, offsets in UTF-16. */
class ParagraphWriter {
  text = '';
  readonly mentions: { entity: number; span: TextSpan }[] = [];
  constructor(readonly id: string) {}

  /** Appends `text` and returns its span, so callers can record where it landed. */
  write(text: string): TextSpan {
    const start = this.text.length;
    this.text += text;
    return { paragraphId: this.id, start, end: this.text.length };
  }

  mention(entity: number, surface: string, seeds: readonly EntitySeed[]): TextSpan {
    const span = this.write(surface);
    this.mentions.push({ entity, span });
    // A nested name ("Valdoria" in "Valdoria Port Authority") is a mention of its own.
    const inner = seeds[entity]?.inner;
    const innerAt = inner ? surface.indexOf(inner) : -1;
    if (inner && innerAt >= 0) {
      const innerEntity = seeds.findIndex((s) => s.name === inner);
      this.mentions.push({
        entity: innerEntity,
        span: { ...span, start: span.start + innerAt, end: span.start + innerAt + inner.length },
      });
    }
    return span;
  }
}

type Token = { word: string } | { entity: number };

/**
 * How many mentions each entity gets: a Zipf-like curve (weight 1/rank^0.6), so one main actor
 * has ~10 % of all mentions and the least-mentioned still appear a couple of dozen times.
 */
function mentionQuota(total: number, entities: number): number[] {
  const weights = Array.from({ length: entities }, (_, rank) => 1 / (rank + 1) ** 0.6);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.max(1, Math.round((total * w) / sum)));
}

/** Which paragraphs are sub-headings: a steady rhythm, never the first paragraph. */
const isHeading = (index: number) => index % 21 === 10;

export function generateArticle(options: GenerateOptions = DEFAULT_GENERATE_OPTIONS): Article {
  const random = seededRandom(options.seed);
  const seeds = ENTITY_SEEDS;
  const textParagraphs = Array.from({ length: options.paragraphs }, (_, i) => i).filter(
    (i) => !isHeading(i),
  );

  // Every mention, shuffled, then dealt out to the text paragraphs in order.
  const pool = shuffle(
    random,
    mentionQuota(options.mentions, seeds.length).flatMap((count, entity) =>
      Array.from({ length: count }, () => entity),
    ),
  );
  const wordsPerParagraph = options.words / textParagraphs.length;

  const writers: ParagraphWriter[] = [];
  const quotes: Quote[] = [];
  const dates: DateMention[] = [];
  let dealt = 0;
  textParagraphs.forEach((index, n) => {
    const writer = new ParagraphWriter(`p${index + 1}`);
    writers[index] = writer;
    const left = textParagraphs.length - n;
    const share = Math.round(((pool.length - dealt) / left) * (0.5 + random()));
    const mine = pool.slice(dealt, dealt + (left === 1 ? pool.length : share));
    dealt += mine.length;
    const wordTarget = intBetween(random, wordsPerParagraph * 0.6, wordsPerParagraph * 1.4);
    // A date opens about one paragraph in 25, a quote closes about one in 20.
    if (n % 25 === 3) dates.push(writeDateSentence(writer, random, seeds, dates.length + 1));
    // Names are two words on average; the filler makes up the rest of the paragraph.
    const filler = wordTarget - 2 * mine.length;
    writeSentences(writer, random, seeds, tokensFor(random, mine, filler));
    if (n % 20 === 7) quotes.push(writeQuote(writer, random, seeds, quotes.length + 1));
  });

  const paragraphs: Paragraph[] = Array.from({ length: options.paragraphs }, (_, i) => {
    const id = `p${i + 1}`;
    if (isHeading(i)) return { id, kind: 'heading', text: headingText(random) };
    return { id, kind: 'text', text: writers[i]!.text };
  });
  const entities = entitiesFrom(seeds, writers);
  const wordCount = paragraphs.reduce((sum, p) => sum + (p.text.match(/\S+/g)?.length ?? 0), 0);

  // Not validated here: the caller parses it with ArticleSchema before writing it anywhere.
  return {
    schemaVersion: 1,
    slug: BENCH_SLUG,
    sourceFile: 'bench/generated-long-article.txt',
    title: 'The Long Tide: How Valdoria Rebuilt Its Harbor, Told at Length for a Benchmark',
    source: { name: 'Lede Bench', section: 'Generated' },
    byline: 'Bench Writer',
    publishedAt: '2025-03-14',
    anchorDate: '2025-03-14',
    image: null,
    paragraphs,
    removed: [],
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    entities,
    quotes,
    dates,
  };
}

/** Filler words with this paragraph's mentions scattered among them. */
function tokensFor(random: Random, mentions: number[], words: number): Token[] {
  const tokens: Token[] = Array.from({ length: Math.max(words, mentions.length * 3) }, () => ({
    word: pick(random, FILLER),
  }));
  for (const entity of mentions) tokens.splice(intBetween(random, 0, tokens.length), 0, { entity });
  return tokens;
}

/** Cuts tokens into sentences of 10-20 tokens; full names for a first mention, else aliases. */
function writeSentences(
  writer: ParagraphWriter,
  random: Random,
  seeds: readonly EntitySeed[],
  tokens: Token[],
) {
  const named = new Set<number>();
  let sentenceLength = 0;
  let target = intBetween(random, 10, 20);
  tokens.forEach((token, i) => {
    if (writer.text.length > 0) writer.write(' ');
    if ('word' in token) {
      writer.write(sentenceLength === 0 ? capitalise(token.word) : token.word);
    } else {
      const seed = seeds[token.entity]!;
      const surface = named.has(token.entity) && random() < 0.6 ? seed.alias : seed.name;
      named.add(token.entity);
      writer.mention(token.entity, sentenceLength === 0 ? capitalise(surface) : surface, seeds);
    }
    sentenceLength++;
    const last = i === tokens.length - 1;
    if (last || sentenceLength >= target) {
      writer.write('.');
      sentenceLength = 0;
      target = intBetween(random, 10, 20);
    } else if (random() < 0.06) {
      writer.write(',');
    }
  });
}

/** “Words, some naming an entity,” said Surname. — the span covers the words inside the marks. */
function writeQuote(
  writer: ParagraphWriter,
  random: Random,
  seeds: readonly EntitySeed[],
  n: number,
): Quote {
  const speaker = intBetween(random, 0, 9); // people are the first ten seeds
  const named = intBetween(random, 20, 29); // a place
  writer.write(' “');
  const start = writer.text.length;
  writer.write(`${capitalise(pick(random, FILLER))} ${pick(random, FILLER)} `);
  writer.mention(named, seeds[named]!.name, seeds);
  writer.write(` ${pick(random, FILLER)} ${pick(random, FILLER)} ${pick(random, FILLER)}`);
  const end = writer.text.length;
  writer.write(',” said ');
  writer.mention(speaker, seeds[speaker]!.alias, seeds);
  writer.write('.');
  return {
    id: `q${n}`,
    paragraphId: writer.id,
    start,
    end,
    text: writer.text.slice(start, end),
    speakerId: entityId(seeds[speaker]!),
    cue: 'said',
    attribution: 'name',
    continuations: [],
    mentionIds: [entityId(seeds[named]!)],
  };
}

/** "On 12 March 2025, Name ..." opening a paragraph, with its sentence for the timeline. */
function writeDateSentence(
  writer: ParagraphWriter,
  random: Random,
  seeds: readonly EntitySeed[],
  n: number,
): DateMention {
  const month = intBetween(random, 1, 12);
  const day = intBetween(random, 1, 28);
  const entity = intBetween(random, 0, seeds.length - 1);
  const sentenceStart = writer.text.length;
  writer.write('On ');
  const date = writer.write(`${day} ${MONTH_NAMES[month - 1]} 2024`);
  writer.write(', ');
  writer.mention(entity, seeds[entity]!.name, seeds);
  writer.write(` ${pick(random, FILLER)} ${pick(random, FILLER)} ${pick(random, FILLER)}.`);
  const sentence = { paragraphId: writer.id, start: sentenceStart, end: writer.text.length };
  const inSentence = writer.mentions
    .filter((m) => m.span.start >= sentence.start)
    .map((m) => entityId(seeds[m.entity]!));
  return {
    id: `d${n}`,
    ...date,
    text: writer.text.slice(date.start, date.end),
    value: `2024-${pad(month)}-${pad(day)}`,
    sentence,
    entityIds: [...new Set(inSentence)],
  };
}

function entitiesFrom(seeds: readonly EntitySeed[], writers: ParagraphWriter[]): Entity[] {
  return seeds.map((seed, index) => {
    const mentions = writers.flatMap((w) =>
      w.mentions.filter((m) => m.entity === index).map((m) => m.span),
    );
    return {
      id: entityId(seed),
      name: seed.name,
      type: seed.type,
      aliases: seed.alias === seed.name ? [] : [seed.alias],
      salience: mentions.length,
      mentions,
    };
  });
}

function headingText(random: Random): string {
  const words = Array.from({ length: intBetween(random, 3, 5) }, () => pick(random, FILLER));
  return capitalise(words.join(' '));
}

const entityId = (seed: EntitySeed) => slugify(seed.name);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pad = (n: number) => String(n).padStart(2, '0');
