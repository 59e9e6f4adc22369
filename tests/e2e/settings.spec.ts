import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console-errors.ts';
import { BACKGROUNDS, firstPaint, watchFirstPaint } from './first-paint.ts';

const ARTICLE = '/articles/sheinbaum-rejects-trumps-proposal-to-deploy-u-s-troops-in-mexico';
const bookmarkButton = (page: Page) => page.getByRole('button', { name: 'Bookmark', exact: true });

async function choose(page: Page, group: string, option: string) {
  const button = page.getByRole('button', { name: 'Reading settings' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page
    .getByRole('dialog', { name: 'Reading settings' })
    .getByRole('group', { name: group })
    .getByRole('radio', { name: option, exact: true })
    .check();
}

for (const theme of ['dark', 'sepia'] as const) {
  test(`the ${theme} theme persists across reloads and is there from the first frame`, async ({
    browser,
  }) => {
    // The system prefers light: only the saved setting can make the page dark or sepia.
    const context = await browser.newContext({ colorScheme: 'light' });
    await watchFirstPaint(context);
    const page = await context.newPage();
    const console = watchConsole(page);
    await page.goto(ARTICLE);
    await choose(page, 'Theme', theme[0]!.toUpperCase() + theme.slice(1));
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUNDS[theme]);

    // Prerendered pages (an article, the library) and the app shell (bookmarks) alike.
    for (const [path, prerendered] of [
      [ARTICLE, true],
      ['/', true],
      ['/bookmarks', false],
    ] as const) {
      const response = await page.goto(path);
      const html = await response!.text();
      expect(html.includes('id="lede-state"')).toBe(prerendered);
      // The page arrives with the theme: the server wrote it from the cookie the app keeps.
      expect(html).toMatch(new RegExp(`<html [^>]*data-theme="${theme}"`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const seen = await firstPaint(page);
      expect(seen.firstFrame).toBe(BACKGROUNDS[theme]);
      expect(seen.atContentLoaded).toBe(BACKGROUNDS[theme]);
      // There from the start; the app may set it again, never to anything else.
      expect(seen.themes[0]).toBe(theme);
      expect(new Set(seen.themes)).toEqual(new Set([theme]));
    }
    console.expectNone();

    // No script paints it: with JavaScript off, the same cookie gives the same first frame.
    const noScript = await browser.newContext({ colorScheme: 'light', javaScriptEnabled: false });
    await noScript.addCookies(await context.cookies());
    const plain = await noScript.newPage();
    await plain.goto(ARTICLE);
    await expect(plain.locator('body')).toHaveCSS('background-color', BACKGROUNDS[theme]);
    await noScript.close();
    await context.close();
  });
}

test('the system theme is the default, and follows the system', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    await watchFirstPaint(context);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
    expect((await firstPaint(page)).firstFrame).toBe(BACKGROUNDS[colorScheme]);
    await context.close();
  }
});

test('text size, line width and font apply to the reading text and persist', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto(ARTICLE);
  const body = page.locator('.reader-body');
  const before = await body.evaluate((el) => ({
    size: parseFloat(getComputedStyle(el).fontSize),
    width: el.getBoundingClientRect().width,
    font: getComputedStyle(el).fontFamily,
  }));
  await choose(page, 'Text size', 'Large');
  await choose(page, 'Line width', 'Narrow');
  await choose(page, 'Font', 'Sans-serif');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeHidden();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  const after = await body.evaluate((el) => ({
    size: parseFloat(getComputedStyle(el).fontSize),
    width: el.getBoundingClientRect().width,
    font: getComputedStyle(el).fontFamily,
  }));
  expect(after.size).toBeGreaterThan(before.size);
  expect(after.width).toBeLessThan(before.width);
  expect(before.font).toMatch(/^"?Iowan Old Style/);
  expect(after.font).toMatch(/^system-ui/);
  console.expectNone();
});

test('the settings panel works from the keyboard and closes without touching the lens', async ({
  page,
}) => {
  await page.goto(`${ARTICLE}?entity=mexico`);
  const button = page.getByRole('button', { name: 'Reading settings' });
  await button.focus();
  await page.keyboard.press('Enter');
  const system = page.getByRole('radio', { name: 'System' });
  await expect(system).toBeFocused();
  await page.keyboard.press('ArrowRight'); // radios: arrows move and choose
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeHidden();
  await expect(button).toBeFocused();
  // Escape closed the panel; it did not also clear the lens.
  await expect(page).toHaveURL(/\?entity=mexico$/);
});

test('two tabs stay in step: a bookmark and a theme chosen in one show in the other', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const list = await context.newPage();
  const reader = await context.newPage();
  await list.goto('/bookmarks');
  await expect(list.getByText(/No bookmarks yet/)).toBeVisible();

  await reader.goto(`${ARTICLE}?entity=mexico`);
  await expect(reader.locator('.reader-body [data-lens="in"]').first()).toBeVisible();
  await bookmarkButton(reader).click();
  await expect(list.getByRole('list', { name: /^Bookmarks in / }).getByRole('link')).toHaveText([
    'Lens: Mexico',
  ]);

  await reader.getByRole('button', { name: 'Reading settings' }).click();
  await reader.getByRole('radio', { name: 'Sepia' }).check();
  await expect(list.locator('html')).toHaveAttribute('data-theme', 'sepia');

  await list.getByRole('button', { name: 'Delete “Lens: Mexico”' }).click();
  await expect(bookmarkButton(reader)).toHaveAttribute('aria-pressed', 'false');
  await context.close();
});
