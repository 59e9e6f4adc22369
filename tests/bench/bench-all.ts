/**
 * `npm run bench`: every benchmark in turn (pipeline, reading view, budget), each printing its
 * own detail, then one table of the figures that matter with their targets. Timing ratios are
 * reported, not enforced; CI checks only the deterministic parts (tests/e2e/budget.spec.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (name: string): unknown => {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, '.tmp', name), 'utf8'));
  } catch {
    return null;
  }
};

type Row = [string, string, string, boolean | null];

for (const script of ['bench:pipeline', 'bench:ui', 'bench:budget']) {
  console.log(`\n▶ npm run ${script}`);
  execFileSync('npm', ['run', script], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_SKIP_BUILD: script === 'bench:budget' ? '1' : (process.env.BENCH_SKIP_BUILD ?? ''),
    },
  });
}

const rows: Row[] = [];
const pipeline = read('bench-pipeline.json') as {
  totalSeconds: number;
  medianMs: number;
  perSecond: number;
  scaling: { factor: number; ms: number }[];
} | null;
if (pipeline) {
  rows.push([
    'pipeline: 1,000 articles of ~800 words',
    `${pipeline.totalSeconds.toFixed(1)} s (median ${pipeline.medianMs.toFixed(1)} ms, ${pipeline.perSecond.toFixed(0)}/s)`,
    '< 30 s',
    pipeline.totalSeconds < 30,
  ]);
  const [one, , hundred] = pipeline.scaling;
  if (one && hundred)
    rows.push([
      'pipeline: 100x article / 1x article',
      `${(hundred.ms / one.ms).toFixed(0)}x time for 100x words`,
      '~linear (<= 150x)',
      hundred.ms / one.ms <= 150,
    ]);
}
const ui = read('bench-ui.json') as { rows?: Row[] } | null;
rows.push(...(ui?.rows ?? []));
const budget = read('bench-budget.json') as { rows?: [string, string, string, boolean][] } | null;
rows.push(...(budget?.rows ?? []).map(([a, b, c, d]): Row => [a, b, c, c ? d : null]));

const width = Math.max(...rows.map((r) => r[0].length));
const valueWidth = Math.max(...rows.map((r) => r[1].length));
console.log(
  `\n${'measure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  ${'target'.padEnd(18)}  result`,
);
for (const [name, value, target, ok] of rows) {
  console.log(
    `${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target.padEnd(18)}  ${ok === null ? '' : ok ? 'PASS' : 'FAIL'}`,
  );
}
