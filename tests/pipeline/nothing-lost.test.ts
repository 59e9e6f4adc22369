import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/shared/article-schema.ts';
import { preprocessArticle } from '../../src/pipeline/preprocess-article.ts';
import { readFixtureCases, SEED_DIR } from './read-fixture.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every word of the page must land somewhere a reader can see it: fields, body or `removed`. */
function accountedFor(article: Article): string {
  const { image } = article;
  return squash(
    [
      article.title,
      article.byline,
      article.source.name,
      article.source.section,
      image?.caption,
      image?.credit,
      image?.licence,
      image?.via,
      ...article.paragraphs.map((p) => p.text),
      ...article.removed,
    ]
      .filter(Boolean)
      .join(' '),
  );
}

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

/** Lines the pipeline turned into fields: the headline, the caption line, bylines, date lines. */
function consumedAsMetadata(line: string, article: Article): boolean {
  const lower = line.toLowerCase();
  const { image, byline } = article;
  if (line.includes(article.title)) return true;
  if (image && [image.caption, image.credit].some((part) => part && line.includes(part)))
    return true;
  if (byline && lower.includes(byline.split(' ')[0]!.toLowerCase())) return true;
  return /\b\d{4}\b/.test(line) && line.split(/\s+/).length <= 14;
}

describe.each(pages)('$name', ({ name, source, referenceDate }) => {
  it('loses no line: each is a paragraph, in removed, or consumed as a field', () => {
    const article = preprocessArticle(source, { sourceFile: `${name}.txt`, referenceDate });
    const everything = accountedFor(article);
    const lost = source
      .split(/\n\s*\n/)
      .flatMap((block) => (everything.includes(squash(block)) ? [] : block.split('\n').map(squash)))
      .filter(
        (line) => line !== '' && !everything.includes(line) && !consumedAsMetadata(line, article),
      );
    expect(lost).toEqual([]);
  });
});
