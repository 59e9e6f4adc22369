import type { Article } from '../../src/shared/article-schema.ts';
import type { ClickSample, LensResults, LoadResults, LoadSample, Variant } from './measure-ui.ts';
import type { LoadTiming } from './page-probes.ts';
import { median, relativeSpread } from './stats.ts';

/** The targets: the app at most this many times the plain page's time. */
export const TARGETS = { lens: 2, firstRender: 1.5 } as const;

type Row = { label: string; app: number[]; plain: number[]; target: number | null };

export type ReportInput = {
  article: Article;
  entityId: string;
  browserVersion: string;
  viewport: string;
  /** The 1-minute load average when the run started, and the machine's core count. */
  load: { average: number; cores: number };
  /** Whether the app's article page is prerendered HTML that React hydrates. */
  prerendered: boolean;
  /** Also list every sample, to see outliers behind a median. */
  verbose: boolean;
  lens: LensResults;
  loads: LoadResults;
};

/** Labels of the pages loaded for the first-render measure (measure-ui's LoadTarget). */
export const LOAD_LABELS = {
  app: 'app',
  clientRendered: 'app, client-rendered',
  /** plain-lens.html: the app's mention markup without the app, to tell markup from JS costs. */
  staticMentions: 'static mention markup',
  plain: 'plain',
} as const;

/** The timed measures; the ones with a target decide PASS/FAIL. */
function timingRows({ lens, loads, prerendered }: ReportInput): Row[] {
  const plainLoads = loads.get(LOAD_LABELS.plain) ?? [];
  const loadRow = (
    label: string,
    page: string,
    key: keyof LoadTiming,
    target: number | null,
  ): Row[] => {
    const samples = loads.get(page);
    if (!samples) return [];
    // Against the plain page's paint: it is ready to read, and to click, once painted.
    const plainKey = key === 'reactMs' ? 'paintMs' : key;
    return [
      {
        label,
        app: samples.map((l) => l[key]),
        plain: plainLoads.map((l) => l[plainKey]),
        target,
      },
    ];
  };
  const shipped = prerendered ? 'prerendered' : 'client-rendered';
  return [
    row('lens on: click -> painted', lens, 'on', 'paintMs', TARGETS.lens),
    row('lens off: click -> painted', lens, 'off', 'paintMs', TARGETS.lens),
    row('lens on: click -> two rAFs', lens, 'on', 'doubleRafMs', null),
    row('lens off: click -> two rAFs', lens, 'off', 'doubleRafMs', null),
    ...loadRow(
      `first render (${shipped}): last paragraph painted`,
      LOAD_LABELS.app,
      'paintMs',
      TARGETS.firstRender,
    ),
    ...loadRow(`first render (${shipped}): LCP`, LOAD_LABELS.app, 'lcpMs', null),
    ...(prerendered
      ? loadRow('first render (prerendered): hydrated', LOAD_LABELS.app, 'reactMs', null)
      : []),
    ...loadRow(
      'first render (client-rendered): painted',
      LOAD_LABELS.clientRendered,
      'paintMs',
      null,
    ),
    ...loadRow(
      'first render: static mention markup, no JS',
      LOAD_LABELS.staticMentions,
      'paintMs',
      null,
    ),
  ];
}

/** How many targets the medians met and missed, for the closing line. */
export function verdicts(input: ReportInput): { met: number; missed: number } {
  const judged = timingRows(input).filter((r) => r.target !== null);
  const met = judged.filter((r) => median(r.app) / median(r.plain) <= r.target!).length;
  return { met, missed: judged.length - met };
}

/** [measure, value, target, met] rows for `npm run bench`'s summary (tests/bench/bench-all.ts). */
export function summaryRows(input: ReportInput): [string, string, string, boolean | null][] {
  return timingRows(input).map(({ label, app, plain, target }) => {
    const ratioValue = median(app) / median(plain);
    return [
      `ui: ${label}`,
      `${ratioValue.toFixed(2)}x (${ms(median(app))} vs ${ms(median(plain))} ms)`,
      target === null ? 'info' : `<= ${target}x of plain`,
      target === null ? null : ratioValue <= target,
    ];
  });
}

/** The whole report: context, the timing table with verdicts, then the deterministic counts. */
export function formatReport(input: ReportInput): string {
  const { article, lens, loads } = input;
  const loadRuns = loads.get(LOAD_LABELS.plain)?.length ?? 0;
  const entity = article.entities.find((e) => e.id === input.entityId)!;
  const mentions = article.entities.reduce((sum, e) => sum + e.mentions.length, 0);
  const pick = (samples: ClickSample[], key: keyof ClickSample) => samples.map((s) => s[key]);
  const loadMedian = (v: Variant, key: keyof LoadSample) =>
    median((loads.get(v === 'app' ? LOAD_LABELS.app : LOAD_LABELS.plain) ?? []).map((l) => l[key]));
  const breakdown: [string, (v: Variant) => number][] = [
    ['script ms per lens-on click (CDP)', (v) => median(pick(lens[v].on, 'scriptMs'))],
    ['style ms per lens-on click (CDP)', (v) => median(pick(lens[v].on, 'styleMs'))],
    ['layout ms per lens-on click (CDP)', (v) => median(pick(lens[v].on, 'layoutMs'))],
    ['click -> DOM updated, lens on (ms)', (v) => median(pick(lens[v].on, 'domMs'))],
    ['click -> DOM updated, lens off (ms)', (v) => median(pick(lens[v].off, 'domMs'))],
    ['first render: main-thread busy ms, to settled (CDP)', (v) => loadMedian(v, 'mainThreadMs')],
    ['first render: script ms (CDP)', (v) => loadMedian(v, 'scriptMs')],
    ['first render: style ms (CDP)', (v) => loadMedian(v, 'styleMs')],
    ['first render: layout ms (CDP)', (v) => loadMedian(v, 'layoutMs')],
  ];
  const facts: [string, (v: Variant) => number][] = [
    ['mention nodes', (v) => lens.nodesAtRest[v].mentions],
    ['paragraph nodes', (v) => lens.nodesAtRest[v].paragraphs],
    ['paragraphs in the lens', (v) => lens.nodesInLens[v].lensIn],
    ['DOM mutations per lens-on click', (v) => median(pick(lens[v].on, 'mutations'))],
    ['DOM mutations per lens-off click', (v) => median(pick(lens[v].off, 'mutations'))],
    ['style recalcs per lens-on click', (v) => median(pick(lens[v].on, 'styleRecalcs'))],
    ['layouts per lens-on click', (v) => median(pick(lens[v].on, 'layouts'))],
  ];

  return [
    `Lede UI benchmark (${input.browserVersion}, viewport ${input.viewport})`,
    `Article "${article.slug}": ${article.paragraphs.length} paragraphs, ${article.wordCount} words, ` +
      `${mentions} mentions of ${article.entities.length} entities, ` +
      `${article.quotes.length} quotes, ${article.dates.length} dates.`,
    `Lens clicks on "${entity.name}" (${entity.mentions.length} mentions), N=${lens.app.on.length} ` +
      `per page; first render N=${loadRuns} per page; app and plain page alternated. Medians.`,
    ...(input.load.average > input.load.cores
      ? [
          `WARNING: the machine was busy (load average ${input.load.average.toFixed(1)} on ` +
            `${input.load.cores} cores): other work stretches both pages' times and pulls the ` +
            'ratios toward 1. Rerun when the machine is idle before trusting these numbers.',
        ]
      : []),
    '',
    table(
      ['measure', 'app ms', 'plain ms', 'app/plain', 'spread app/plain', 'target', 'result'],
      timingRows(input).map(timingCells),
    ),
    '',
    table(['where the time goes (medians)', 'app', 'plain'], breakdown.map(factCells)),
    '',
    table(['hard facts (deterministic)', 'app', 'plain'], facts.map(factCells)),
    ...(input.verbose ? ['', samplesList(timingRows(input))] : []),
  ].join('\n');
}

function row(
  label: string,
  lens: LensResults,
  phase: 'on' | 'off',
  key: 'paintMs' | 'doubleRafMs',
  target: number | null,
): Row {
  return {
    label,
    app: lens.app[phase].map((s) => s[key]),
    plain: lens.plain[phase].map((s) => s[key]),
    target,
  };
}

function timingCells({ label, app, plain, target }: Row): string[] {
  const appMedian = median(app);
  const plainMedian = median(plain);
  const ratioValue = appMedian / plainMedian;
  const spread = `±${percent(relativeSpread(app))} / ±${percent(relativeSpread(plain))}`;
  return [
    label,
    ms(appMedian),
    ms(plainMedian),
    `${ratioValue.toFixed(2)}x`,
    spread,
    target === null ? 'info' : `<= ${target}x`,
    target === null ? '' : ratioValue <= target ? 'PASS' : 'FAIL',
  ];
}

function factCells([label, value]: [string, (v: Variant) => number]): string[] {
  const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  return [label, format(value('app')), format(value('plain'))];
}

function samplesList(rows: Row[]): string {
  const sorted = (samples: number[]) =>
    samples
      .toSorted((a, b) => a - b)
      .map((v) => v.toFixed(0))
      .join(' ');
  return rows
    .map((r) => `${r.label}\n  app:   ${sorted(r.app)}\n  plain: ${sorted(r.plain)}`)
    .join('\n');
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
const percent = (value: number) => `${Math.round(value * 100)}%`;

/** A plain-text table: first column left-aligned, the others right-aligned. */
function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
