import { expect, test } from '@playwright/test';
import { watchConsole } from './console-errors.ts';

const SEED_TITLE = 'Sheinbaum Rejects Trump’s Proposal to Deploy U.S. Troops in Mexico';

test('library → article: the seed reads as a clean article', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/');
  await expect(page).toHaveTitle('Library · Lede');
  const articles = page.getByRole('list', { name: 'Articles' });
  await articles.getByRole('link', { name: SEED_TITLE }).click();

  await expect(page).toHaveURL(/\/articles\/sheinbaum-rejects-trumps-proposal/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page).toHaveTitle(`${SEED_TITLE} · Lede`);

  const body = page.locator('.reader-body > p');
  await expect(body).toHaveCount(6);
  await expect(body.first()).toHaveText(/^Mexican President Claudia Sheinbaum firmly rejected/);
  await expect(body.last()).toHaveText(/protections for Mexican sovereignty\.$/);
  for (const furniture of ['Menu', 'Search', 'Market Data', 'Sign up for daily updates']) {
    await expect(page.getByRole('main')).not.toContainText(furniture);
  }
  // The title appears once: the caption's copy of it is a caption, not a paragraph.
  await expect(page.locator('.reader-body')).not.toContainText('Sheinbaum Rejects');
  await expect(page.getByRole('figure')).toContainText(
    'Credit: EneasMx · via Wikimedia Commons · CC BY 4.0',
  );
  console.expectNone();
});

test('a deep link with a paragraph anchor opens in a fresh page and scrolls there', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const console = watchConsole(page);
  await page.goto('/');
  const href = await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('link')
    .first()
    .getAttribute('href');
  await context.close();

  const fresh = await browser.newContext({ viewport: { width: 390, height: 700 } });
  const reader = await fresh.newPage();
  await reader.goto(`${href}#p5`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(reader.locator('#p5')).toBeInViewport();
  await expect(reader.locator('#p5')).toHaveText(/^Sheinbaum said she asked Trump/);
  console.expectNone();
  await fresh.close();
});

test('an unknown slug shows "not found" with a way back', async ({ page }) => {
  const response = await page.goto('/articles/no-such-story');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await expect(page.getByText('The article “no-such-story” does not exist here.')).toBeVisible();
  await page.getByRole('link', { name: 'Go to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('an unknown path shows "not found" inside the site frame', async ({ page }) => {
  await page.goto('/this/does/not/exist');
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
});

test('missing article JSON shows an error naming the article, and retry recovers', async ({
  page,
}) => {
  await page.goto('/');
  const link = page.getByRole('list', { name: 'Articles' }).getByRole('link').first();
  const slug = (await link.getAttribute('href'))!.split('/').pop()!;
  let missing = true;
  await page.route(`**/data/${slug}.json`, (route) =>
    missing ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
  );

  // Prerendered pages carry their data; a client-side navigation is what fetches the JSON.
  await link.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    `The article “${slug}” could not be loaded: its data file is missing from the server.`,
  );
  missing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
});

test('article JSON that fails the schema names the article and the field', async ({ page }) => {
  await page.goto('/');
  const slug = (await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('link')
    .first()
    .getAttribute('href'))!
    .split('/')
    .pop()!;
  await page.route(`**/data/${slug}.json`, async (route) => {
    const response = await route.fetch();
    const article = await response.json();
    article.paragraphs[0].id = 'first';
    await route.fulfill({ response, json: article });
  });
  await page.getByRole('list', { name: 'Articles' }).getByRole('link').first().click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    `The article “${slug}” could not be shown because its data is invalid (paragraphs.0.id: must be p<number>`,
  );
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('the favicon is served, so the browser logs no error for it', async ({ page, request }) => {
  const console = watchConsole(page);
  await page.goto('/');
  const favicon = await request.get('/favicon.svg');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toBe('image/svg+xml');
  console.expectNone();
});
