import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preprocessArticle } from '../../src/pipeline/preprocess-article.ts';
import { SEED_DIR } from './read-fixture.ts';

const SEED = '000_1f4900251ce4702c.txt';
const article = preprocessArticle(readFileSync(path.join(SEED_DIR, SEED), 'utf8'), {
  sourceFile: SEED,
  referenceDate: null,
});

// Expectations read off the seed page by hand (issue 2's "done when").
describe('the seed article', () => {
  it('has the headline once, as the title', () => {
    expect(article.title).toBe(
      'Sheinbaum Rejects Trump’s Proposal to Deploy U.S. Troops in Mexico',
    );
    expect(article.paragraphs.some((p) => p.text.startsWith('Sheinbaum Rejects'))).toBe(false);
  });

  it('has six body paragraphs in page order', () => {
    expect(article.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(article.paragraphs[0]?.text).toMatch(
      /^Mexican President Claudia Sheinbaum firmly rejected/,
    );
    expect(article.paragraphs[5]?.text).toMatch(/protections for Mexican sovereignty\.$/);
  });

  it('keeps the photo credit as a credit with its licence, not as body text', () => {
    expect(article.image).toEqual({
      caption: 'Sheinbaum Rejects Trump’s Proposal to Deploy U.S. Troops in Mexico.',
      credit: 'EneasMx',
      licence: 'CC BY 4.0',
      via: 'Wikimedia Commons',
    });
  });

  it('keeps page furniture out of the body and lists it as removed', () => {
    const body = article.paragraphs.map((p) => p.text).join('\n');
    for (const furniture of [
      'Menu',
      'Search',
      'Market Data',
      'Welcome to EconoTimes',
      'Sign up for daily updates',
    ]) {
      expect(body).not.toContain(furniture);
      expect(article.removed.join('\n')).toContain(furniture);
    }
  });

  it('finds the section and the publication, and no date line or byline', () => {
    expect(article.source).toEqual({ name: 'EconoTimes', section: 'Politics' });
    expect(article.publishedAt).toBeNull();
    expect(article.byline).toBeNull();
  });

  it('counts words and reading time', () => {
    expect(article.wordCount).toBeGreaterThan(250);
    expect(article.wordCount).toBeLessThan(310);
    expect(article.readingMinutes).toBe(1);
  });
});
