import type { Article } from '../../src/shared/article-schema.ts';

/** The part of an article the understanding stages produce, and the only part scored. */
export type Understood = Pick<Article, 'entities' | 'quotes' | 'dates'>;
export type Tally = { tp: number; pred: number; gold: number };
export type Scores = {
  entities: Tally;
  quotes: Tally;
  speakers: { right: number; total: number };
  dates: Tally;
  values: { right: number; total: number };
};

export const emptyScores = (): Scores => ({
  entities: { tp: 0, pred: 0, gold: 0 },
  quotes: { tp: 0, pred: 0, gold: 0 },
  speakers: { right: 0, total: 0 },
  dates: { tp: 0, pred: 0, gold: 0 },
  values: { right: 0, total: 0 },
});

/** Adds one case's counts to the running total: overall figures pool counts, not percentages. */
export function addScores(total: Scores, s: Scores) {
  for (const k of ['entities', 'quotes', 'dates'] as const) {
    total[k].tp += s[k].tp;
    total[k].pred += s[k].pred;
    total[k].gold += s[k].gold;
  }
  for (const k of ['speakers', 'values'] as const) {
    total[k].right += s[k].right;
    total[k].total += s[k].total;
  }
}
