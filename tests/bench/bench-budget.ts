/**
 * `npm run bench:budget`: the performance budget of issue 6, measured, not assumed.
 * - JavaScript the article route loads (gzip) against the floor app of the mandated stack
 *   (tests/bench/floor), built the same way: at most 1.15x.
 * - Lighthouse, mobile preset, on / and the article route: performance >= 0.98, the rest = 1.
 * - Median LCP of the article route over 5 runs against a static HTML page with the same text
 *   (the prerendered page without its scripts), in one browser session: at most 1.3x.
 * Prints a table and writes .tmp/bench-budget.json. Exits 0 whatever the numbers; non-zero only
 * when the measurement broke. BENCH_SKIP_BUILD=1 reuses dist/.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';
import { startServer } from './bench-server.ts';
import { measureLcp } from './measure-lcp.ts';
import { measureRouteJs } from './measure-route-js.ts';
import { runLighthouse } from './run-lighthouse.ts';
import { median } from './stats.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TMP = path.join(ROOT, '.tmp');
const SITE = path.join(TMP, 'budget-dist');
const FLOOR = path.join(TMP, 'floor-dist');

export const BUDGET = {
  jsRatio: 1.15,
  performance: 0.98,
  otherCategories: 1,
  lcpRatio: 1.3,
} as const;

async function prepare(): Promise<string> {
  if (process.env.BENCH_SKIP_BUILD !== '1')
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/floor/vite.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  await rm(SITE, { recursive: true, force: true });
  await cp(path.join(ROOT, 'dist'), SITE, { recursive: true });
  const index = JSON.parse(await readFile(path.join(SITE, 'data/index.json'), 'utf8')) as {
    articles: { slug: string }[];
  };
  const slug = index.articles[0]?.slug;
  if (!slug) throw new Error('no article in the build');
  // The same page, text and CSS with every script removed: what a static site would serve.
  const prerendered = await readFile(path.join(SITE, 'articles', slug, 'index.html'), 'utf8');
  await writeFile(
    path.join(SITE, 'static-article.html'),
    prerendered.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''),
  );
  return slug;
}

async function main(): Promise<number> {
  const slug = await prepare();
  await mkdir(path.join(TMP, 'bench-browser-tmp'), { recursive: true });
  process.env.TMPDIR = path.join(TMP, 'bench-browser-tmp');
  const app = await startServer(ROOT, path.relative(ROOT, SITE), 4401);
  const floor = await startServer(ROOT, path.relative(ROOT, FLOOR), 4402);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  try {
    const route = `/articles/${slug}`;
    const appJs = await measureRouteJs(browser, app.url, route, SITE);
    const floorJs = await measureRouteJs(browser, floor.url, '/articles/floor', FLOOR);
    const lcp = await measureLcp(
      browser,
      [`${app.url}${route}`, `${app.url}/static-article.html`],
      5,
    );
    const appLcp = median(lcp.get(`${app.url}${route}`)!);
    const staticLcp = median(lcp.get(`${app.url}/static-article.html`)!);
    await browser.close();
    const home = await runLighthouse(`${app.url}/`, TMP);
    const article = await runLighthouse(`${app.url}${route}`, TMP);

    const rows: [string, string, string, boolean][] = [
      ['article route JS (gzip)', `${kb(appJs.gzipBytes)} (${appJs.files.length} files)`, '', true],
      ['floor app JS (gzip)', kb(floorJs.gzipBytes), '', true],
      [
        'JS ratio app / floor',
        (appJs.gzipBytes / floorJs.gzipBytes).toFixed(3),
        `<= ${BUDGET.jsRatio}`,
        appJs.gzipBytes / floorJs.gzipBytes <= BUDGET.jsRatio,
      ],
      ...lighthouseRows('/', home),
      ...lighthouseRows('article', article),
      [
        'median LCP article / static (5 runs)',
        `${appLcp.toFixed(0)} / ${staticLcp.toFixed(0)} ms = ${(appLcp / staticLcp).toFixed(2)}x`,
        `<= ${BUDGET.lcpRatio}x`,
        appLcp / staticLcp <= BUDGET.lcpRatio,
      ],
    ];
    printTable(rows);
    await writeFile(
      path.join(TMP, 'bench-budget.json'),
      `${JSON.stringify({ rows, appJs, floorJs, lcp: { app: lcp.get(`${app.url}${route}`), static: lcp.get(`${app.url}/static-article.html`) }, lighthouse: { home, article } }, null, 2)}\n`,
    );
    return 0;
  } finally {
    await browser.close().catch(() => {});
    await app.stop();
    await floor.stop();
  }
}

function lighthouseRows(
  label: string,
  s: Awaited<ReturnType<typeof runLighthouse>>,
): [string, string, string, boolean][] {
  return [
    [
      `lighthouse ${label}: performance`,
      s.performance.toFixed(2),
      `>= ${BUDGET.performance}`,
      s.performance >= BUDGET.performance,
    ],
    [`lighthouse ${label}: accessibility`, s.accessibility.toFixed(2), '= 1', s.accessibility >= 1],
    [
      `lighthouse ${label}: best practices`,
      s.bestPractices.toFixed(2),
      '= 1',
      s.bestPractices >= 1,
    ],
    [`lighthouse ${label}: SEO`, s.seo.toFixed(2), '= 1', s.seo >= 1],
    [`lighthouse ${label}: LCP (simulated mobile)`, `${s.lcpMs.toFixed(0)} ms`, '', true],
    [`lighthouse ${label}: metrics (score)`, s.metrics, '', true],
    [`lighthouse ${label}: render-blocking`, s.renderBlocking.join(' ') || 'none', '', true],
  ];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printTable(rows: [string, string, string, boolean][]): void {
  const width = Math.max(...rows.map((r) => r[0].length));
  const valueWidth = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${'measure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  target     result`);
  for (const [name, value, target, ok] of rows) {
    console.log(
      `${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target.padEnd(9)}  ${target ? (ok ? 'PASS' : 'FAIL') : ''}`,
    );
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
