import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build, type Plugin } from 'vite';
import { startServer } from '../bench/bench-server.ts';
import { watchConsole } from './console-errors.ts';

// "A new build replaces the cache cleanly" (issue 6), with the real service worker.
//
// The old build is dist/ as `npm run build` made it (copied, so a rebuild of dist/ during the
// test changes nothing under it). The new build is a real second build of the same sources with
// a one-line change to the stylesheet and one to the entry script, made here by the same Vite
// config and the same prerender step (about 4 s): new hashed names for the stylesheet, the
// entry's chunk and every chunk that imports it, pages and an app shell that link them, and a
// service worker with a new precache manifest, exactly what a deploy of such a change ships.
// Nothing is simulated by editing built files. A symlink switched from one build to the other,
// under one running server (scripts/serve.mjs), is the deploy; the origin stays the same, as it
// must for the worker.
const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, '.tmp/update-test');
const LIVE = path.join(WORK, 'live');

test.describe.configure({ timeout: 60_000 });

/** The source changes of the new build, invisible, read back by buildMarks(). */
const CHANGE: Plugin = {
  name: 'lede-update-test-change',
  transform(code, id) {
    if (id.endsWith('/styles/global.css')) return `${code}\n:root { --lede-build: 2; }\n`;
    if (id.endsWith('/client/main.tsx'))
      return `${code}\ndocument.documentElement.dataset.build = '2';\n`;
    return null;
  },
};

async function buildNewVersion(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
    plugins: [CHANGE],
  });
  // The prerender step of `npm run build`, with the server bundle that build made.
  execFileSync(process.execPath, ['scripts/prerender.mjs'], {
    cwd: ROOT,
    env: { ...process.env, DIST_DIR: path.relative(ROOT, outDir) },
    stdio: 'ignore',
  });
}

/** The cache keys Workbox keeps for a build: its precache manifest, read from its sw.js. */
async function precacheKeys(dir: string, origin: string): Promise<string[]> {
  const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
  const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:null|"([^"]+)")\}/g)];
  expect(entries.length).toBeGreaterThan(10);
  return entries
    .map(([, url, revision]) => `${origin}/${url}${revision ? `?__WB_REVISION__=${revision}` : ''}`)
    .sort();
}

/** Every precached request in Cache Storage, and every cache's name. */
const cacheStorage = (page: Page) =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const precache = names.filter((name) => name.startsWith('workbox-precache'));
    const keys = await Promise.all(
      precache.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
    );
    return { names, precached: keys.flat().sort() };
  });

/** Which build's stylesheet and script the page runs: `{ css: '', js: '' }` for the old one. */
const buildMarks = (page: Page) =>
  page.evaluate(() => ({
    css: getComputedStyle(document.documentElement).getPropertyValue('--lede-build').trim(),
    js: document.documentElement.dataset.build ?? '',
  }));
const OLD = { css: '', js: '' };
const NEW = { css: '2', js: '2' };

async function deploy(version: 'v1' | 'v2'): Promise<void> {
  // As a deploy does it: the new tree is complete before one atomic switch.
  await symlink(version, `${LIVE}.next`);
  await rename(`${LIVE}.next`, LIVE);
}

test('a new build replaces the cache cleanly: new version on reload, old precache gone', async ({
  browser,
}) => {
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  await cp(path.join(ROOT, 'dist'), path.join(WORK, 'v1'), { recursive: true });
  await buildNewVersion(path.join(WORK, 'v2'));
  await deploy('v1');
  const server = await startServer(ROOT, path.relative(ROOT, LIVE), 4431);
  const oldKeys = await precacheKeys(path.join(WORK, 'v1'), server.url);
  const newKeys = await precacheKeys(path.join(WORK, 'v2'), server.url);
  // The pipeline's worker is only for readers who add an article: never in the precache.
  expect(newKeys.some((key) => /\/assets\/worker-/.test(key))).toBe(false);
  const gone = oldKeys.filter((key) => !newKeys.includes(key));
  // The builds differ as such a change makes them: stylesheet, chunks, and the shell.
  expect(gone.some((key) => /\/assets\/app-[\w-]+\.css$/.test(key))).toBe(true);
  expect(gone.some((key) => /\/assets\/app-[\w-]+\.js$/.test(key))).toBe(true);
  expect(gone.some((key) => key.includes('/app-shell.html?'))).toBe(true);

  const context = await browser.newContext({ serviceWorkers: 'allow' });
  // A CSP violation is reported in the console too; this makes sure it counts as an error.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  const page = await context.newPage();
  const pageErrors = watchConsole(page);
  try {
    // A reader on the old build: its worker installed, every precache entry of the old build kept.
    await page.goto(`${server.url}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
    });
    await expect.poll(async () => (await cacheStorage(page)).precached).toEqual(oldKeys);
    expect(await buildMarks(page)).toEqual(OLD);
    // A second tab on the old build, left open across the deploy.
    const stale = await context.newPage();
    const staleErrors = watchConsole(stale);
    await stale.goto(`${server.url}/`);
    expect(await buildMarks(stale)).toEqual(OLD);

    await deploy('v2');
    // The next visit: pages are network-first, so it is the new build's page at once, and the
    // navigation makes the browser check the worker script, find the new one and install it.
    // It takes over without waiting (skipWaiting, clientsClaim) and drops the old entries. The
    // browser starts that check a moment after the navigation: allow a loaded machine time.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    expect(await buildMarks(page)).toEqual(NEW);
    await expect
      .poll(async () => (await cacheStorage(page)).precached, { timeout: 20_000 })
      .toEqual(newKeys);
    const { names } = await cacheStorage(page);
    expect(names.filter((name) => name.startsWith('workbox-precache'))).toHaveLength(1);

    // The old tab still works: a route whose code it loads on demand opens (its hashed files
    // are gone from the worker's cache and the server, not from the browser's HTTP cache:
    // they are immutable), and a reload brings it the new build.
    await stale.getByRole('link', { name: 'Bookmarks' }).click();
    await expect(stale.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible();
    expect(await buildMarks(stale)).toEqual(OLD);
    await stale.reload();
    await expect(stale.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible();
    expect(await buildMarks(stale)).toEqual(NEW);
    staleErrors.expectNone();

    // From now on the new worker answers, from the new cache, even with the network off.
    await page.reload();
    expect(await buildMarks(page)).toEqual(NEW);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    expect(await buildMarks(page)).toEqual(NEW);
    // A route never loaded as a page in this tab: the new shell and chunks, from the precache.
    await page.goto(`${server.url}/articles/no-such-story`);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    expect(await buildMarks(page)).toEqual(NEW);
    pageErrors.expectNone();
  } finally {
    await context.close();
    await server.stop();
  }
});
