import type { Tally } from './scores.ts';

/** A ratio with nothing to count is a full score: no gold and no predictions is not a miss. */
export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export const f1 = (t: Tally) => {
  const p = ratio(t.tp, t.pred);
  const r = ratio(t.tp, t.gold);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
