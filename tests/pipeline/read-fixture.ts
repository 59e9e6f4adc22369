import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/articles');
export const SEED_DIR = path.resolve(import.meta.dirname, '../../seeds');

export type ExpectedArticle = {
  referenceDate: string | null;
  title: string;
  source: { name: string | null; section: string | null };
  byline: string | null;
  publishedAt: string | null;
  image: { caption: string | null; credit: string | null; licence: string | null } | null;
  paragraphs: string[];
  furniture: string[];
};

export type FixtureCase = { name: string; source: string; expected: ExpectedArticle };

/** Every hand-checked case folder: tests/fixtures/articles/<case>/{source.txt, expected.json}. */
export function readFixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      source: readFileSync(path.join(FIXTURE_DIR, name, 'source.txt'), 'utf8'),
      expected: JSON.parse(
        readFileSync(path.join(FIXTURE_DIR, name, 'expected.json'), 'utf8'),
      ) as ExpectedArticle,
    }));
}
