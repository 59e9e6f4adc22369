import { expect, test } from '@playwright/test';

const SEED_TITLE = 'Sheinbaum Rejects Trump’s Proposal to Deploy U.S. Troops in Mexico';

test('after one visit, the library and the articles already opened work with the network off', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/');
  // The worker installs on the first visit and takes control; the next loads go through it.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
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
