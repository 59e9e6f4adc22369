import { readFileSync } from 'node:fs';
import path from 'node:path';
import { preprocessArticle } from '../../src/pipeline/preprocess-article.ts';
import type { Expected } from './expected.ts';
import { scoreDates } from './score-dates.ts';
import { scoreEntities } from './score-entities.ts';
import { scoreQuotes } from './score-quotes.ts';
import { emptyScores, type Scores } from './scores.ts';
import { understandGold } from './understand-gold.ts';

export type CaseResult = { scores: Scores; log: string[] };

/**
 * Scores one fixture folder, or returns null when its source.txt or expected.json cannot be read
 * (an incomplete case). A pipeline crash scores every gold item as missed rather than stopping
 * the run, so one broken case cannot hide the others' figures.
 */
export function scoreCase(dir: string, name: string, goldSegments: boolean): CaseResult | null {
  let expected: Expected;
  let source: string;
  try {
    source = readFileSync(path.join(dir, 'source.txt'), 'utf8');
    expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  } catch {
    return null;
  }
  const s = emptyScores();
  const log: string[] = [];
  try {
    const article = goldSegments
      ? understandGold(expected)
      : preprocessArticle(source, {
          sourceFile: `${name}.txt`,
          referenceDate: expected.referenceDate,
        });
    s.entities = scoreEntities(expected.entities ?? [], article.entities, log);
    scoreQuotes(expected.quotes ?? [], article, s, log);
    scoreDates(expected.dates ?? [], article, s, log);
  } catch (error) {
    log.push(`  pipeline failed: ${(error as Error).message}`);
    s.entities.gold = expected.entities?.length ?? 0;
    s.quotes.gold = expected.quotes?.length ?? 0;
    s.dates.gold = expected.dates?.length ?? 0;
  }
  return { scores: s, log };
}
