/**
 * `npm run eval`: scores the understanding stages against every hand-checked fixture.
 * Entities match by canonical name or alias with the same type; quotes by word overlap; dates by
 * surface text. Prints per-article and overall figures and whether each target is met. Always
 * exits 0: it is a report, not a gate. `--verbose` (or `-v`) lists every miss and extra;
 * `--held-out` scores the held-out pages instead; `--from NN` and `--to NN` limit the cases;
 * `--gold-segments` scores the understanding stages on the hand-checked segmentation.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { caseNumber, parseEvalArgs } from './eval/parse-eval-args.ts';
import { printHeader, printTargets, row } from './eval/print-report.ts';
import { scoreCase } from './eval/score-case.ts';
import { addScores, emptyScores } from './eval/scores.ts';

const { heldOut, goldSegments, verbose, from, to, only, inRange } = parseEvalArgs(process.argv);
const FIXTURES = path.resolve(
  import.meta.dirname,
  heldOut ? '../tests/fixtures/held-out' : '../tests/fixtures/articles',
);

const cases = (existsSync(FIXTURES) ? readdirSync(FIXTURES, { withFileTypes: true }) : [])
  .filter((d) => d.isDirectory() && (!only || d.name.startsWith(only)) && inRange(d.name))
  .map((d) => d.name)
  .sort((a, b) => caseNumber(a) - caseNumber(b) || a.localeCompare(b));
// An empty or missing folder (the held-out set between blind rounds) scores nothing: say so
// rather than print 100% on no evidence.
if (cases.length === 0) {
  console.log(
    `no cases to score in ${path.relative(process.cwd(), FIXTURES)}${from || to || only ? ' for the range given' : ''}: ` +
      (heldOut
        ? `the held-out set is ${existsSync(FIXTURES) ? 'empty' : 'missing'} (no blind set has been added yet).`
        : 'nothing matched.'),
  );
  process.exit(0);
}

printHeader();
const total = emptyScores();
for (const name of cases) {
  const result = scoreCase(path.join(FIXTURES, name), name, goldSegments);
  if (!result) {
    console.log(`${name.padEnd(34)} (incomplete case, skipped)`);
    continue;
  }
  addScores(total, result.scores);
  console.log(row(name, result.scores));
  if (verbose && result.log.length > 0) console.log(result.log.join('\n'));
}
console.log(row('OVERALL', total));
printTargets(total);
