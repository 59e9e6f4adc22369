import type { ExpectedDate } from './expected.ts';
import type { Scores, Understood } from './scores.ts';

const dateText = (t: string) =>
  t
    .toLowerCase()
    .replace(/[.,;:]+$/, '')
    .trim();

/**
 * Dates match by surface text, exactly or one inside the other; each matched date's resolved value
 * is then checked. Adds to `s` in place.
 */
export function scoreDates(gold: ExpectedDate[], article: Understood, s: Scores, log: string[]) {
  const used = new Set<number>();
  for (const g of gold) {
    const gt = dateText(g.text);
    let idx = article.dates.findIndex((d, i) => !used.has(i) && dateText(d.text) === gt);
    if (idx < 0)
      idx = article.dates.findIndex((d, i) => {
        const dt = dateText(d.text);
        return !used.has(i) && (dt.includes(gt) || gt.includes(dt));
      });
    if (idx < 0) {
      log.push(`  date missed: ${g.text} = ${g.value}`);
      continue;
    }
    used.add(idx);
    s.dates.tp++;
    s.values.total++;
    const d = article.dates[idx]!;
    if (d.value === g.value) s.values.right++;
    else log.push(`  date value: ${g.text} expected ${g.value}, got ${d.value} (“${d.text}”)`);
  }
  article.dates.forEach((d, i) => {
    if (!used.has(i)) log.push(`  date extra: ${d.text} = ${d.value}`);
  });
  s.dates.pred += article.dates.length;
  s.dates.gold += gold.length;
}
