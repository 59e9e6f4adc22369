import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/shared/article-schema.ts';
import { ArticleIndexSchema } from '../../src/shared/index-schema.ts';
import { runCli } from '../../src/pipeline/run-cli.ts';
import { SEED_DIR } from './read-fixture.ts';

const SEED = '000_1f4900251ce4702c.txt';
let dir: string;
let stdout: string[];
let stderr: string[];

const run = (...argv: string[]) =>
  runCli(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), cwd: dir });
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const index = (out = 'out') => ArticleIndexSchema.parse(readJson(`${out}/index.json`));
const article = `Harbour Council Approves New Ferry Timetable

By Dana Whitfield

The harbour council approved a new ferry timetable on Tuesday evening after a long debate about late sailings.

Residents on the outer islands had asked for an earlier morning boat so that pupils could reach school on time.
`;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lede-cli-'));
  stdout = [];
  stderr = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('preprocess CLI', () => {
  it('writes one article and the index for a directory of inputs, and exits 0', async () => {
    mkdirSync(path.join(dir, 'in'));
    copyFileSync(path.join(SEED_DIR, SEED), path.join(dir, 'in', SEED));
    expect(await run('--out', 'out', 'in')).toBe(0);
    const [entry] = index().articles;
    expect(entry?.sourceFile).toBe(SEED);
    expect(ArticleSchema.parse(readJson(`out/${entry?.slug}.json`)).paragraphs).toHaveLength(6);
    expect(stderr).toEqual([]);
  });

  it('produces byte-identical output when run twice on the same input', async () => {
    writeFileSync(path.join(dir, 'a.txt'), article);
    await run('--out', 'one', 'a.txt');
    await run('--out', 'two', 'a.txt');
    for (const file of readdirSync(path.join(dir, 'one'))) {
      expect(readFileSync(path.join(dir, 'two', file))).toEqual(
        readFileSync(path.join(dir, 'one', file)),
      );
    }
  });

  it('accepts --reference-date and records it as the anchor when the page has no date line', async () => {
    writeFileSync(path.join(dir, 'a.txt'), article);
    expect(await run('--reference-date', '2025-06-10', '--out', 'out', 'a.txt')).toBe(0);
    const slug = index().articles[0]!.slug;
    expect(ArticleSchema.parse(readJson(`out/${slug}.json`)).anchorDate).toBe('2025-06-10');
  });

  it('exits 2 with usage on unknown options, bad dates and missing inputs', async () => {
    expect(await run('--frobnicate')).toBe(2);
    expect(await run('--reference-date', '2025-02-30')).toBe(2);
    expect(await run('--reference-date')).toBe(2);
    expect(await run('no-such-file.txt')).toBe(2);
    expect(stderr.join('\n')).toContain('usage: npm run preprocess');
    expect(stderr.join('\n')).toContain('2025-02-30');
  });

  it('writes every good article, names each bad file on stderr, and exits 1', async () => {
    const input = path.join(dir, 'mixed');
    mkdirSync(input);
    writeFileSync(path.join(input, '1-good.txt'), article);
    writeFileSync(path.join(input, '2-empty.txt'), '');
    writeFileSync(
      path.join(input, '3-binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]),
    );
    writeFileSync(
      path.join(input, '4-menus.txt'),
      'Menu\n\nSearch\n\nHome | World | Business | Sport\n\nSign in\n\nShare\n',
    );
    writeFileSync(
      path.join(input, '5-latin1.txt'),
      Buffer.concat([Buffer.from(article), Buffer.from([0xe9, 0x74, 0xe9, 0x0a])]),
    );
    writeFileSync(path.join(input, '6-huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'word '));
    copyFileSync(path.join(SEED_DIR, SEED), path.join(input, '7-seed.txt'));

    expect(await run('--out', 'out', 'mixed')).toBe(1);

    expect(index().articles.map((a) => a.sourceFile)).toEqual(['1-good.txt', '7-seed.txt']);
    expect(stderr).toHaveLength(5);
    const byFile = (name: string) => stderr.find((line) => line.includes(name)) ?? '';
    expect(byFile('2-empty.txt')).toContain('file is empty');
    expect(byFile('3-binary.txt')).toContain('binary');
    expect(byFile('4-menus.txt')).toContain('no article text found');
    expect(byFile('5-latin1.txt')).toContain('not valid UTF-8 (first bad byte at offset');
    expect(byFile('6-huge.txt')).toContain('20.0 MB; the limit is 5 MB');
  });

  it('removes articles it wrote earlier whose input is gone, and leaves other files alone', async () => {
    writeFileSync(path.join(dir, 'a.txt'), article);
    writeFileSync(path.join(dir, 'b.txt'), article.replace('Harbour Council', 'Island Board'));
    await run('--out', 'out', 'a.txt', 'b.txt');
    writeFileSync(path.join(dir, 'out', 'notes.json'), '{}');
    expect(index().articles).toHaveLength(2);
    await run('--out', 'out', 'a.txt');
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual([
      'harbour-council-approves-new-ferry-timetable.json',
      'index.json',
      'notes.json',
    ]);
  });

  it('gives two pages with the same headline distinct, stable slugs', async () => {
    writeFileSync(path.join(dir, 'a.txt'), article);
    writeFileSync(path.join(dir, 'b.txt'), article);
    await run('--out', 'out', 'a.txt', 'b.txt');
    expect(index().articles.map((a) => a.slug)).toEqual([
      'harbour-council-approves-new-ferry-timetable',
      'harbour-council-approves-new-ferry-timetable-b',
    ]);
  });

  it('reads .html pages in a directory through the article extractor, beside .txt ones', async () => {
    mkdirSync(path.join(dir, 'in'));
    copyFileSync(
      new URL('../fixtures/html/harbour-cranes.html', import.meta.url),
      path.join(dir, 'in', 'harbour-cranes.html'),
    );
    writeFileSync(path.join(dir, 'in', 'ferry.txt'), article);
    writeFileSync(path.join(dir, 'in', 'notes.md'), article);
    expect(await run('--out', 'out', 'in')).toBe(0);
    const entries = index().articles;
    expect(entries.map((e) => e.sourceFile).sort()).toEqual(['ferry.txt', 'harbour-cranes.html']);
    const page = entries.find((e) => e.sourceFile === 'harbour-cranes.html')!;
    expect(page).toMatchObject({
      title: 'Storm shuts Bellmare port as cranes sway',
      byline: 'Ana Ruiz',
      publishedAt: '2025-03-04',
    });
  });
});
