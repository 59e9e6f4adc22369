/**
 * `npm run bench:pipeline`: times the whole pipeline on 1,000 generated articles of about 800
 * words (deterministic: a seeded generator over varied sentence templates), then on one article
 * of 1x, 10x and 100x that length to show growth is about linear. Target: 1,000 articles < 30 s.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { preprocessArticle } from '../src/pipeline/preprocess-article.ts';

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ana',
  'Mark',
  'Helen',
  'Tomasz',
  'Grace',
  'Rahul',
  'Ines',
  'Pieter',
  'Layla',
  'Kofi',
  'Mei',
  'Oscar',
  'Farah',
  'Jonas',
  'Lucia',
  'Dmitri',
];
const LAST = [
  'Ruiz',
  'Okafor',
  'Lindgren',
  'Haddad',
  'Moreau',
  'Tanaka',
  'Brennan',
  'Kowalski',
  'Mensah',
  'Alvarez',
  'Novak',
  'Singh',
  'Carver',
  'Osei',
  'Duarte',
  'Weber',
];
const ORG_STEM = [
  'Northwind',
  'Bluestone',
  'Harbor',
  'Cedar',
  'Summit',
  'Redline',
  'Keystone',
  'Meridian',
  'Lakeside',
  'Granite',
];
const ORG_HEAD = [
  'Bank',
  'Group',
  'Institute',
  'Council',
  'Holdings',
  'University',
  'Agency',
  'Foundation',
  'Securities',
  'Logistics',
];
const PLACES = [
  'Chicago',
  'Lisbon',
  'Nairobi',
  'Berlin',
  'Mexico City',
  'Toronto',
  'Madrid',
  'Seoul',
  'Cairo',
  'Lima',
  'Ohio',
  'Kenya',
  'Brazil',
  'the U.S.',
];
const CUES = ['said', 'told reporters', 'added', 'wrote in a note', 'insisted'];
const DATES = [
  'on Monday',
  'last week',
  'in March',
  'on May 2',
  'in 2019',
  'the second quarter of 2024',
  'next month',
  'early next year',
  'the summer of 2023',
  'since the 1990s',
  'on Nov. 12',
  'last year',
  'from 2017 to 2022',
];
const NOISE = ['$1.35 a share', '2,500 jobs', '40%', 'three weeks', '$2019', 'about 1,200 homes'];

function article(seed: number, paragraphs: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const people = Array.from({ length: 6 }, () => `${pick(FIRST)} ${pick(LAST)}`);
  const orgs = Array.from({ length: 4 }, () => `${pick(ORG_STEM)} ${pick(ORG_HEAD)}`);
  const surname = (p: string) => p.split(' ')[1]!;
  const sentences: (() => string)[] = [
    () =>
      `${pick(people)}, the chief executive of ${pick(orgs)}, said ${pick(DATES)} that revenue had fallen by ${pick(NOISE)} in ${pick(PLACES)}.`,
    () =>
      `“We are not going to walk away from ${pick(PLACES)}, and we never planned to,” ${pick(people)} ${pick(CUES)}.`,
    () => `“The numbers do not lie. We have to change course,” she ${pick(CUES)}.`,
    () =>
      `${surname(pick(people))} told the ${pick(orgs)} board ${pick(DATES)} that costs would rise.`,
    () =>
      `A spokesperson for ${pick(orgs)} said the company would “look carefully at every option on the table” before deciding.`,
    () =>
      `The ${pick(orgs)} (${'ABC'}) expects growth to return ${pick(DATES)}, according to analysts in ${pick(PLACES)}.`,
    () =>
      `Shares in ${pick(orgs)} fell ${pick(NOISE)} ${pick(DATES)}, the steepest drop since ${pick(DATES).replace(/^(on|in|since|from) /, '')}.`,
    () =>
      `Officials in ${pick(PLACES)} met ${pick(DATES)} to discuss the plan, which has been criticised by ${pick(people)}.`,
    () =>
      `President ${surname(pick(people))} has said the country would not accept ${pick(NOISE)} in new charges.`,
  ];
  const body: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const n = 3 + Math.floor(r() * 3);
    body.push(Array.from({ length: n }, () => pick(sentences)()).join(' '));
  }
  return [
    `${pick(orgs)} faces questions in ${pick(PLACES)} as costs climb`,
    '',
    `By ${pick(people)}`,
    '',
    'March 4, 2025',
    '',
    ...body.flatMap((b) => [b, '']),
  ].join('\n');
}

const words = (text: string) => text.split(/\s+/).length;
const PARAGRAPHS = 12; // about 800 words

function time(text: string, i: number): number {
  const t0 = performance.now();
  preprocessArticle(text, { sourceFile: `bench-${i}.txt`, referenceDate: null });
  return performance.now() - t0;
}

const articles = Array.from({ length: 1000 }, (_, i) => article(i + 1, PARAGRAPHS));
const avgWords = articles.reduce((s, a) => s + words(a), 0) / articles.length;
time(articles[0]!, 0); // warm-up: module initialisation and JIT
const t0 = performance.now();
const times = articles.map((a, i) => time(a, i));
const total = (performance.now() - t0) / 1000;
const sorted = [...times].sort((a, b) => a - b);
console.log(`1,000 articles, ~${Math.round(avgWords)} words each`);
console.log(`  total ${total.toFixed(2)} s  (target < 30 s: ${total < 30 ? 'MET' : 'not met'})`);
console.log(
  `  median ${sorted[500]!.toFixed(2)} ms/article, p95 ${sorted[950]!.toFixed(2)} ms, ${(1000 / total).toFixed(0)} articles/s`,
);
console.log('\nscaling (one article):');
const scaling: { factor: number; words: number; ms: number }[] = [];
for (const factor of [1, 10, 100]) {
  const text = article(4242, PARAGRAPHS * factor);
  const best = Math.min(...Array.from({ length: factor === 100 ? 2 : 5 }, (_, i) => time(text, i)));
  scaling.push({ factor, words: words(text), ms: best });
  console.log(
    `  ${String(factor).padStart(3)}x  ${String(words(text)).padStart(6)} words  ${best.toFixed(1).padStart(8)} ms`,
  );
}

// For `npm run bench`, which gathers every benchmark into one table.
mkdirSync(path.resolve(import.meta.dirname, '../.tmp'), { recursive: true });
writeFileSync(
  path.resolve(import.meta.dirname, '../.tmp/bench-pipeline.json'),
  `${JSON.stringify({ totalSeconds: total, medianMs: sorted[500], p95Ms: sorted[950], perSecond: 1000 / total, scaling }, null, 2)}\n`,
);
