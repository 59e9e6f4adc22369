import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { measureRouteJs } from '../bench/measure-route-js.ts';
import { runLighthouse } from '../bench/run-lighthouse.ts';
import { startServer } from '../bench/bench-server.ts';

// The deterministic half of the performance budget (issue 6), checked on every change: bytes
// and Lighthouse category scores. Timing ratios are printed by `npm run bench`, not asserted.
const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLE = '/articles/sheinbaum-rejects-trumps-proposal-to-deploy-u-s-troops-in-mexico';
const JS_RATIO = 1.15;

test.describe.configure({ timeout: 120_000 });

test('the article route loads at most 1.15x the JavaScript of the mandated stack floor (gzip)', async ({
  browser,
  baseURL,
}) => {
  execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/floor/vite.config.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const floor = await startServer(ROOT, '.tmp/floor-dist', 4412);
  try {
    const app = await measureRouteJs(browser, baseURL!, ARTICLE, path.join(ROOT, 'dist'));
    const stack = await measureRouteJs(
      browser,
      floor.url,
      '/articles/floor',
      path.join(ROOT, '.tmp/floor-dist'),
    );
    console.log(
      `article route JS ${app.gzipBytes} B gzip vs floor ${stack.gzipBytes} B: ${(app.gzipBytes / stack.gzipBytes).toFixed(3)}x`,
    );
    expect(app.gzipBytes / stack.gzipBytes).toBeLessThanOrEqual(JS_RATIO);
  } finally {
    await floor.stop();
  }
});

for (const [name, route] of [
  ['the library', '/'],
  ['the article route', ARTICLE],
] as const) {
  test(`Lighthouse (mobile) on ${name}: accessibility, best practices and SEO 1, performance with headroom`, async ({
    baseURL,
  }) => {
    const scores = await runLighthouse(`${baseURL}${route}`, path.join(ROOT, '.tmp'));
    console.log(`${name}: ${JSON.stringify(scores)}`);
    expect({
      accessibility: scores.accessibility,
      bestPractices: scores.bestPractices,
      seo: scores.seo,
    }).toEqual({
      accessibility: 1,
      bestPractices: 1,
      seo: 1,
    });
    // Category scores are stable run to run; a little headroom below the 0.98 budget absorbs
    // the noise of a loaded 2-core CI machine.
    expect(scores.performance).toBeGreaterThanOrEqual(0.95);
  });
}
