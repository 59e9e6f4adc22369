/**
 * `npm run bench:ui`: how the reading view performs on a long article, against plain pages
 * that do the same DOM work without the app (issue 4).
 *
 * Absolute times drift 5-35 % between runs on a 2-core machine, so every timing is compared
 * with a plain-HTML page measured in the same browser session, alternating app and plain runs,
 * and reported as a ratio of medians. It exits 0 whatever the timings (a benchmark reports;
 * noisy numbers must not fail a build) and non-zero only when the measurement itself broke:
 * page errors, failed requests, the app not rendering, or the two pages not matching.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), BENCH_PORT (default 4391),
 * BENCH_LENS_RUNS (default 21), BENCH_LOAD_RUNS (default 11), BENCH_SKIP_BUILD=1 to reuse dist/,
 * BENCH_VERBOSE=1 to list every sample.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import type { Article } from '../../src/shared/article-schema.ts';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';
import { startServer } from './bench-server.ts';
import { prepareSite, type BenchSite } from './bench-site.ts';
import {
  measureLens,
  measureLoads,
  openReadyPage,
  PageProblems,
  prepareContext,
  type LensResults,
  type LoadTarget,
} from './measure-ui.ts';
import { formatReport, LOAD_LABELS, summaryRows, verdicts } from './report.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VIEWPORT = { width: 1280, height: 720 };

const settings = {
  port: envNumber('BENCH_PORT', 4391),
  lensRuns: Math.max(15, envNumber('BENCH_LENS_RUNS', 21)),
  loadRuns: Math.max(7, envNumber('BENCH_LOAD_RUNS', 11)),
  build: process.env.BENCH_SKIP_BUILD !== '1',
  verbose: process.env.BENCH_VERBOSE === '1',
};

async function main(): Promise<number> {
  // Other jobs on a 2-core machine distort every timing: note how busy it was before this run
  // added its own load (the build, the browser), to warn.
  const loadAtStart = os.loadavg()[0] ?? 0;
  const site = await prepareSite(REPO_ROOT, { build: settings.build });
  const entityId = mostMentioned(site.article);
  const server = await startServer(REPO_ROOT, site.distDir, settings.port);
  // Chromium and Playwright leave org.chromium.* folders in TMPDIR: keep them inside .tmp/.
  const tmp = path.join(REPO_ROOT, '.tmp', 'bench-browser-tmp');
  let browser: Browser | null = null;
  try {
    await mkdir(tmp, { recursive: true });
    process.env.TMPDIR = tmp;
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
      env: { ...process.env, TMPDIR: tmp },
    });
    const problems = new PageProblems();
    const results = await measure(browser, server.url, site, entityId, problems);
    if (problems.errors.size > 0) return broken(describe(problems.errors));
    const mismatch = parityProblems(results.lens, site.article);
    if (mismatch.length > 0) return broken(mismatch);

    const input = {
      ...results,
      article: site.article,
      entityId,
      prerendered: site.clientRenderedPath !== null,
      verbose: settings.verbose,
      browserVersion: `Chromium ${browser.version()}`,
      load: { average: loadAtStart, cores: os.cpus().length },
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
    };
    console.log(`\n${formatReport(input)}\n`);
    if (problems.warnings.size > 0) {
      console.log('Console errors in the pages (app defects; the timings still stand):');
      for (const line of describe(problems.warnings)) console.log(`  - ${line}`);
      console.log('');
    }
    // `npm run bench` (tests/bench/bench-all.ts) gathers every benchmark's rows from .tmp/.
    await writeFile(
      path.join(REPO_ROOT, '.tmp', 'bench-ui.json'),
      `${JSON.stringify({ rows: summaryRows(input) }, null, 2)}\n`,
    );
    const { met, missed } = verdicts(input);
    console.log(`bench:ui: ${met} targets met, ${missed} missed (timings never fail the run).`);
    return 0;
  } finally {
    await browser?.close();
    await server.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

/** One browser session and one context for everything, so both pages share cache and state. */
async function measure(
  browser: Browser,
  baseUrl: string,
  site: BenchSite,
  entityId: string,
  problems: PageProblems,
) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await prepareContext(context);
  const lastParagraphId = site.article.paragraphs.at(-1)!.id;
  const pages = {
    app: await openReadyPage(context, baseUrl + site.appPath, 'app', lastParagraphId, problems),
    plain: await openReadyPage(
      context,
      baseUrl + site.plainLensPath,
      'plain',
      lastParagraphId,
      problems,
    ),
  };
  console.log(`bench:ui: ${settings.lensRuns} lens clicks on and off per page…`);
  const lens = await measureLens(pages, { entityId, lastParagraphId }, settings.lensRuns);
  await pages.app.close();
  await pages.plain.close();
  console.log(`bench:ui: ${settings.loadRuns} first renders per page…`);
  const targets: LoadTarget[] = [
    { label: LOAD_LABELS.app, url: baseUrl + site.appPath, react: true },
    ...(site.clientRenderedPath
      ? [{ label: LOAD_LABELS.clientRendered, url: baseUrl + site.clientRenderedPath, react: true }]
      : []),
    { label: LOAD_LABELS.staticMentions, url: baseUrl + site.plainLensPath, react: false },
    { label: LOAD_LABELS.plain, url: baseUrl + site.plainArticlePath, react: false },
  ];
  const loads = await measureLoads(context, targets, lastParagraphId, settings.loadRuns, problems);
  await context.close();
  return { lens, loads };
}

/**
 * The plain page mirrors what the app renders; if the app's markup or lens logic changed, the
 * comparison is no longer like for like and its numbers would mislead.
 */
function parityProblems(lens: LensResults, article: Article): string[] {
  const problems: string[] = [];
  const { app, plain } = lens.nodesAtRest;
  if (app.paragraphs !== article.paragraphs.length)
    problems.push(`app shows ${app.paragraphs} of ${article.paragraphs.length} paragraphs`);
  if (app.mentions !== plain.mentions || app.paragraphs !== plain.paragraphs)
    problems.push(
      `app has ${app.mentions} mentions in ${app.paragraphs} paragraphs, the plain page ` +
        `${plain.mentions} in ${plain.paragraphs}: update tests/bench/plain-pages.ts`,
    );
  if (lens.nodesInLens.app.lensIn !== lens.nodesInLens.plain.lensIn)
    problems.push(
      `lens covers ${lens.nodesInLens.app.lensIn} paragraphs in the app, ` +
        `${lens.nodesInLens.plain.lensIn} on the plain page: update tests/bench/plain-lens.js`,
    );
  return problems;
}

function broken(problems: string[]): number {
  console.error('bench:ui: the measurement broke, so no numbers are reported:');
  for (const problem of problems) console.error(`  - ${problem}`);
  return 1;
}

/**
 * One line per distinct problem: the same CSP error repeats for every element and page load,
 * differing only in the hash it quotes, so hashes are dropped and each message cut short.
 */
function describe(problems: Map<string, number>): string[] {
  const merged = new Map<string, number>();
  for (const [problem, count] of problems) {
    const key = problem.replace(/'sha256-[^']*'/g, "'sha256-…'");
    const short = key.length > 200 ? `${key.slice(0, 200)}…` : key;
    merged.set(short, (merged.get(short) ?? 0) + count);
  }
  return [...merged].map(([problem, count]) => (count > 1 ? `${problem} (x${count})` : problem));
}

/** The lens is measured on the article's main actor: the most work a single click can cause. */
function mostMentioned(article: Article): string {
  const top = article.entities.toSorted((a, b) => b.mentions.length - a.mentions.length)[0];
  if (!top) throw new Error('the generated article has no entities');
  return top.id;
}

function envNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error('bench:ui: the measurement broke:', error);
    process.exitCode = 1;
  },
);
