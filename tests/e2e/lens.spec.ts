import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './expect-no-axe-violations.ts';
import { watchConsole } from './console-errors.ts';

const ARTICLE = '/articles/sheinbaum-rejects-trumps-proposal-to-deploy-u-s-troops-in-mexico';
const TRUMP = /^Donald Trump, person, \d+ mentions$/;

/** Which paragraphs the lens keeps bright: ids of p elements marked in or out. */
async function lensState(page: Page) {
  return page
    .locator('.reader-body > [data-lens]')
    .evaluateAll((els) => els.map((el) => `${el.id}:${el.getAttribute('data-lens')}`));
}

async function expectTrumpLens(page: Page) {
  await expect(page).toHaveURL(/\?entity=donald-trump$/);
  await expect
    .poll(() => lensState(page))
    .toEqual(['p1:in', 'p2:in', 'p3:in', 'p4:in', 'p5:in', 'p6:out']);
  const quotes = page.getByRole('complementary', { name: 'Quotes' }).getByRole('listitem');
  await expect(quotes).toHaveCount(1);
  await expect(quotes.first()).toContainText('Mentions Donald Trump');
  await expect(quotes.first()).toContainText('No, President Trump, sovereignty is sacrosanct.');
  const dates = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
  await expect(dates).toHaveCount(1);
  await expect(dates.first()).toContainText('April 16 · year not stated');
  await expect(page.locator('.reader-body .mention[data-active]').first()).toBeVisible();
}

test('clicking an entity in the text turns on its lens; reload keeps it; back clears it', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto(ARTICLE);
  await expect(
    page.getByRole('complementary', { name: 'Quotes' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(3);

  await page.locator('#p1').getByRole('button', { name: TRUMP }).click();
  await expectTrumpLens(page);
  await expect(page.getByRole('status')).toContainText(
    'Lens on Donald Trump: 5 of 6 paragraphs, 1 quote, 1 date.',
  );

  await page.reload();
  await expectTrumpLens(page);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect
    .poll(() => lensState(page))
    .toEqual(['p1:none', 'p2:none', 'p3:none', 'p4:none', 'p5:none', 'p6:none']);
  await expect(
    page.getByRole('complementary', { name: 'Quotes' }).getByRole('listitem'),
  ).toHaveCount(2);
  console.expectNone();
});

test('the lens URL opened in a fresh browser context shows the same view', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const console = watchConsole(page);
  await page.goto(`${ARTICLE}?entity=donald-trump`);
  await expectTrumpLens(page);
  console.expectNone();
  await context.close();
});

test('a selected quote link marks its sentence and survives a reload', async ({ page }) => {
  await page.goto(ARTICLE);
  const quotes = page.getByRole('complementary', { name: 'Quotes' });
  await quotes.getByRole('link', { name: 'In text: quote 2' }).click();
  await expect(page).toHaveURL(/\?quote=q2#p5$/);
  await expect(page.locator('#p5 mark')).toHaveText(
    'We can collaborate—but each on our own territory,',
  );
  await expect(page.locator('#p5')).toBeFocused();
  await page.reload();
  await expect(page.locator('#p5 mark')).toHaveText(
    'We can collaborate—but each on our own territory,',
  );
});

test('keyboard only: reach the entity panel, turn a lens on, move through mentions, turn it off', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const trump = page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: TRUMP });
  // Tab from the top of the page until the Donald Trump entry has focus: it must be reachable.
  for (let i = 0; i < 40 && !(await trump.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(trump).toBeFocused();
  await expect(trump).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expectTrumpLens(page);
  await expect(trump).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press(']');
  await expect(page.locator('.reader-body .mention[data-active]').first()).toBeFocused();
  await page.keyboard.press(']');
  await expect(page.locator('.reader-body .mention[data-active]').nth(1)).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect(trump).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('an unknown entity in the URL gives a short notice and the clean view', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto(`${ARTICLE}?entity=nobody-here`);
  await expect(page.getByRole('note')).toContainText('This article has no entity “nobody-here”.');
  await expect
    .poll(() => lensState(page))
    .toEqual(['p1:none', 'p2:none', 'p3:none', 'p4:none', 'p5:none', 'p6:none']);
  console.expectNone();
});

test('phone width: one column, panels after the text, nothing overlaps', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${ARTICLE}?entity=donald-trump`);
  const text = await page.locator('.reader').boundingBox();
  const quotes = await page.getByRole('complementary', { name: 'Quotes' }).boundingBox();
  const entities = await page.getByRole('region', { name: 'Entities' }).boundingBox();
  expect(text && quotes && entities).toBeTruthy();
  expect(entities!.y).toBeGreaterThanOrEqual(text!.y + text!.height);
  expect(quotes!.y).toBeGreaterThanOrEqual(entities!.y + entities!.height);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await page
    .getByRole('navigation', { name: 'Article panels' })
    .getByRole('link', { name: /Quotes/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Quotes' })).toBeInViewport();
  await context.close();
});

for (const [name, query] of [
  ['without a lens', ''],
  ['with a lens', '?entity=donald-trump'],
  [
    'with two entities and a selected date',
    '?entity=donald-trump&entity=united-states&match=any&date=d2#p4',
  ],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the article route ${name} (${colorScheme})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${ARTICLE}${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (query) await expect(page.locator('.reader-body [data-lens="in"]').first()).toBeVisible();
      await expectNoAxeViolations(page);
      await context.close();
    });
  }
}
