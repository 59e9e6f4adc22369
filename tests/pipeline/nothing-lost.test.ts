import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preprocessArticle } from '../../src/pipeline/preprocess-article.ts';
import { lostLines } from './lost-lines.ts';
import { readFixtureCases, SEED_DIR } from './read-fixture.ts';

const pages = [
  {
    name: 'seed',
    source: readFileSync(path.join(SEED_DIR, '000_1f4900251ce4702c.txt'), 'utf8'),
    referenceDate: null,
  },
  ...readFixtureCases().map((c) => ({
    name: c.name,
    source: c.source,
    referenceDate: c.expected.referenceDate,
  })),
];

/** Every line of the page must land somewhere a reader can see it: fields, body or `removed`. */
describe.each(pages)('$name', ({ name, source, referenceDate }) => {
  it('loses no line: each is a paragraph, in removed, or consumed as a field', () => {
    const article = preprocessArticle(source, { sourceFile: `${name}.txt`, referenceDate });
    expect(lostLines(source, article)).toEqual([]);
  });
});
