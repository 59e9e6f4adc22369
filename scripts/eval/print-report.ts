import { f1, ratio } from './metrics.ts';
import type { Scores } from './scores.ts';

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

export function row(name: string, s: Scores): string {
  return [
    name.padEnd(34),
    pct(ratio(s.entities.tp, s.entities.pred)),
    pct(ratio(s.entities.tp, s.entities.gold)),
    pct(f1(s.entities)),
    pct(ratio(s.quotes.tp, s.quotes.pred)),
    pct(ratio(s.quotes.tp, s.quotes.gold)),
    pct(ratio(s.speakers.right, s.speakers.total)),
    pct(ratio(s.dates.tp, s.dates.pred)),
    pct(ratio(s.dates.tp, s.dates.gold)),
    pct(ratio(s.values.right, s.values.total)),
  ].join(' ');
}

export function printHeader() {
  console.log(
    `${'article'.padEnd(34)}  ent-P  ent-R ent-F1    q-P    q-R  spk-A    d-P    d-R  val-A`,
  );
}

/** The overall figures against the project's targets. */
export function printTargets(total: Scores) {
  const targets: [string, number, number][] = [
    ['entity F1', f1(total.entities), 0.95],
    ['quote recall', ratio(total.quotes.tp, total.quotes.gold), 0.95],
    ['speaker accuracy', ratio(total.speakers.right, total.speakers.total), 0.95],
    ['date recall', ratio(total.dates.tp, total.dates.gold), 0.95],
    ['date value accuracy', ratio(total.values.right, total.values.total), 0.92],
  ];
  console.log('\ntargets:');
  for (const [label, value, target] of targets)
    console.log(
      `  ${label.padEnd(20)} ${pct(value)}%  (target ${(target * 100).toFixed(0)}%)  ${value >= target ? 'MET' : 'not met'}`,
    );
}
