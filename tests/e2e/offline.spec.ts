import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console-errors.ts';
import { BACKGROUNDS, firstPaint, watchFirstPaint } from './first-paint.ts';

const ARTICLE = '/articles/sheinbaum-rejects-trumps-proposal-to-deploy-u-s-troops-in-mexico';
const SEED_TITLE = 'Sheinbaum Rejects Trump’s Proposal to Deploy U.S. Troops in Mexico';

/** Wait until the service worker installed on the first visit controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

test('after one visit, the library and the articles already opened work with the network off', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/');
  // The worker installs on the first visit and takes control; the next loads go through it.
  await controlled(page);
  await page.reload();
  // Open the article inside the app (its data is fetched as JSON) ...
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('link', { name: SEED_TITLE })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  const articleUrl = page.url();

  await context.setOffline(true);
  // ... then reload it as a page with the network off: the shell and the cached data render it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.locator('.reader-body > p')).toHaveCount(6);
  await page.goto('/');
  await expect(
    page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: SEED_TITLE }),
  ).toBeVisible();
  await page.goto(articleUrl);
  await expect(page.locator('#p6')).toContainText('sovereignty');
  await context.close();
});

// The trade-off of settings painted by the server (README, Decisions): offline there is no
// server. A page kept from an earlier visit has the settings it was sent with; the app shell,
// which the worker answers for any other route, has none, so its first frame has the defaults
// and the saved settings apply once the app has started.
test('offline, saved settings are there at once on a kept page, and once the app starts on the shell', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow', colorScheme: 'light' });
  await watchFirstPaint(context);
  const page = await context.newPage();
  const console = watchConsole(page);
  await page.goto(ARTICLE);
  await controlled(page);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await page.keyboard.press('Escape');
  // Loaded through the worker, with the settings cookie: the copy it keeps is dark.
  await page.reload();
  expect((await firstPaint(page)).firstFrame).toBe(BACKGROUNDS.dark);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  expect((await firstPaint(page)).firstFrame).toBe(BACKGROUNDS.dark);

  await page.goto('/bookmarks');
  await expect(page.getByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible();
  expect((await firstPaint(page)).firstFrame).toBe(BACKGROUNDS.light);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUNDS.dark);
  console.expectNone();
  await context.close();
});
