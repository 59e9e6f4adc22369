import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console-errors.ts';

const SLUG = 'sheinbaum-rejects-trumps-proposal-to-deploy-u-s-troops-in-mexico';
const ARTICLE = `/articles/${SLUG}`;
const TITLE = 'Sheinbaum Rejects Trump’s Proposal to Deploy U.S. Troops in Mexico';

const bookmarkButton = (page: Page) => page.getByRole('button', { name: 'Bookmark', exact: true });
const savedLabels = (page: Page) =>
  page.getByRole('list', { name: `Bookmarks in ${TITLE}` }).getByRole('link');
const lensState = (page: Page) =>
  page
    .locator('.reader-body > [data-lens]')
    .evaluateAll((els) => els.map((el) => `${el.id}:${el.getAttribute('data-lens')}`));

/** Bookmark the view at `query` and return the lens it shows, to compare after a restore. */
async function bookmarkView(page: Page, query: string): Promise<string[]> {
  await page.goto(`${ARTICLE}${query}`);
  await expect.poll(() => lensState(page)).toContain('p1:in');
  await bookmarkButton(page).click();
  await expect(bookmarkButton(page)).toHaveAttribute('aria-pressed', 'true');
  return lensState(page);
}

test('a bookmarked lens view survives a reload, is listed, and opening it restores the same view', async ({
  page,
}) => {
  const console = watchConsole(page);
  const query = '?entity=claudia-sheinbaum&quote=q2#p5';
  const lens = await bookmarkView(page, query);
  await expect(page.getByText('Bookmarked as “Lens: Claudia Sheinbaum · Quote:')).toBeVisible();

  await page.reload();
  await expect(bookmarkButton(page)).toHaveAttribute('aria-pressed', 'true');

  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Bookmarks' })
    .click();
  const link = savedLabels(page).first();
  await expect(link).toHaveText(
    'Lens: Claudia Sheinbaum · Quote: “We can collaborate—but each on…”',
  );
  await link.click();
  await expect(page).toHaveURL(`${ARTICLE}${query}`);
  await expect.poll(() => lensState(page)).toEqual(lens);
  await expect(page.locator('#p5 mark')).toHaveText(
    'We can collaborate—but each on our own territory,',
  );
  await expect(bookmarkButton(page)).toHaveAttribute('aria-pressed', 'true');
  console.expectNone();
});

test('a view without a #hash returns to the paragraph that was in view', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${ARTICLE}?entity=donald-trump`);
  await expect.poll(() => lensState(page)).toContain('p6:out');
  await page.locator('#p4').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // Reading p4 or the next: going up to the Bookmark button must not make it paragraph 1.
  await expect(page.locator('.paragraph-bookmark')).toHaveAttribute(
    'aria-label',
    /^Bookmark paragraph [4-6]$/,
  );
  await bookmarkButton(page).click();
  await expect(
    page.getByText(/Bookmarked as “Lens: Donald Trump” \(at paragraph [4-6]\)\./),
  ).toBeVisible();
  await page.goto('/bookmarks');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('lede.store')!));
  const paragraphId: string = saved.bookmarks[0].paragraphId;
  expect(paragraphId).toMatch(/^p[4-6]$/);
  await savedLabels(page).first().click();
  await expect(page).toHaveURL(`${ARTICLE}?entity=donald-trump`);
  await expect(page.locator(`#${paragraphId}`)).toBeInViewport();
  await expect(page.locator(`#${paragraphId}`)).toBeFocused();
  await context.close();
});

test('rename, delete and undo on the bookmarks page', async ({ page }) => {
  const console = watchConsole(page);
  await bookmarkView(page, '?entity=donald-trump');
  const bookmarkQuote = page
    .getByRole('complementary', { name: 'Quotes' })
    .getByRole('button', { name: 'Bookmark quote' })
    .first();
  await bookmarkQuote.click();
  // As a reader would: leave once the button shows the quote is saved.
  await expect(bookmarkQuote).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/bookmarks');
  await expect(savedLabels(page)).toHaveText([
    'Quote: “No, President Trump, sovereignty…”',
    'Lens: Donald Trump',
  ]);

  await page.getByRole('button', { name: 'Rename “Lens: Donald Trump”' }).click();
  await page.getByRole('textbox', { name: 'New label for “Lens: Donald Trump”' }).fill('Trump');
  await page.keyboard.press('Enter');
  await expect(savedLabels(page)).toHaveText([
    'Quote: “No, President Trump, sovereignty…”',
    'Trump',
  ]);

  await page.getByRole('button', { name: 'Delete “Trump”' }).click();
  await expect(savedLabels(page)).toHaveText(['Quote: “No, President Trump, sovereignty…”']);
  await expect(page.getByText('Deleted “Trump”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(savedLabels(page)).toHaveText([
    'Quote: “No, President Trump, sovereignty…”',
    'Trump',
  ]);

  await page.reload();
  await expect(savedLabels(page)).toHaveText([
    'Quote: “No, President Trump, sovereignty…”',
    'Trump',
  ]);
  console.expectNone();
});

test('export, then import into a fresh browser gives the same list', async ({ browser }, info) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await bookmarkView(page, '?entity=donald-trump&entity=mexico&match=any');
  await page.locator('.reader-body-frame #p3').hover();
  await page.getByRole('button', { name: 'Bookmark paragraph 3' }).click();
  await page.goto('/bookmarks');
  const labels = ['Paragraph 3', 'Lens: Donald Trump or Mexico'];
  await expect(savedLabels(page)).toHaveText(labels);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export bookmarks' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^lede-bookmarks-\d{4}-\d\d-\d\d\.json$/);
  const file = info.outputPath('bookmarks.json');
  await download.saveAs(file);
  await first.close();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const console = watchConsole(other);
  await other.goto('/bookmarks');
  await expect(other.getByText(/No bookmarks yet/)).toBeVisible();
  await other.getByLabel('Import bookmarks').setInputFiles(file);
  await expect(other.getByText('Imported 2 bookmarks from “bookmarks.json”.')).toBeVisible();
  await expect(savedLabels(other)).toHaveText(labels);
  await expect(savedLabels(other).last()).toHaveAttribute(
    'href',
    `${ARTICLE}?entity=donald-trump&entity=mexico&match=any`,
  );
  // The same file again: everything is a duplicate, nothing is added.
  await other.getByLabel('Import bookmarks').setInputFiles(file);
  await expect(other.getByText('2 were already here.')).toBeVisible();
  await expect(savedLabels(other)).toHaveCount(2);
  console.expectNone();
  await fresh.close();
});

test('a damaged store shows a notice and keeps every valid bookmark', async ({ browser }) => {
  const context = await browser.newContext();
  const valid = {
    kind: 'view',
    slug: SLUG,
    search: '?entity=mexico',
    hash: '',
    paragraphId: null,
    label: 'Still here',
    title: TITLE,
    createdAt: '2025-05-01T10:00:00.000Z',
  };
  const raw = JSON.stringify({
    version: 2,
    settings: { theme: 'dark', shortcuts: 'yes' },
    bookmarks: [valid, { ...valid, slug: '<script>', label: 'broken' }, 42],
  });
  // Set before any page script runs, once (a reload must see what the app made of it).
  await context.addInitScript((raw) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('lede.store', raw);
  }, raw);
  const page = await context.newPage();
  const console = watchConsole(page);
  await page.goto('/bookmarks');
  await expect(
    page.getByText('2 bookmarks, 1 setting could not be read and were set aside.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(savedLabels(page)).toHaveText(['Still here']);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const stored = await page.evaluate(() => ({
    store: JSON.parse(localStorage.getItem('lede.store')!),
    backups: Object.keys(localStorage)
      .filter((k) => k.startsWith('lede.store.backup.'))
      .map((k) => localStorage.getItem(k)),
  }));
  expect(stored.backups).toEqual([raw]);
  expect(stored.store.bookmarks).toEqual([valid]);

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.reload();
  await expect(savedLabels(page)).toHaveText(['Still here']);
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
  console.expectNone();
  await context.close();
});
