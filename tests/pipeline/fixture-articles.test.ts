import { describe, expect, it } from 'vitest';
import { preprocessArticle } from '../../src/pipeline/preprocess-article.ts';
import { readFixtureCases } from './read-fixture.ts';

/**
 * Every hand-checked fixture page (tests/fixtures/articles/<case>) through clean and segment.
 * The expected values were written by a person reading the page, not produced by this code.
 */
describe.each(readFixtureCases())('fixture $name', ({ name, source, expected }) => {
  const article = preprocessArticle(source, {
    sourceFile: `${name}.txt`,
    referenceDate: expected.referenceDate,
  });

  it('finds the headline, byline, date line and source', () => {
    expect({
      title: article.title,
      byline: article.byline,
      publishedAt: article.publishedAt,
      source: article.source,
    }).toEqual({
      title: expected.title,
      byline: expected.byline,
      publishedAt: expected.publishedAt,
      source: expected.source,
    });
  });

  it('finds the image caption and credit', () => {
    const image = article.image && {
      caption: article.image.caption,
      credit: article.image.credit,
      licence: article.image.licence,
    };
    expect(image).toEqual(expected.image);
  });

  it('keeps every body paragraph, in order, and nothing else', () => {
    expect(article.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs);
  });

  it('keeps page furniture out of the body', () => {
    const body = article.paragraphs.map((p) => p.text).join('\n');
    for (const furniture of expected.furniture) expect(body).not.toContain(furniture);
  });
});
