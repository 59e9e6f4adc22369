import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console-errors.ts';
import { expectNoAxeViolations } from './expect-no-axe-violations.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED_FILE = path.join(ROOT, 'seeds', '000_1f4900251ce4702c.txt');
const SEED_TEXT = readFileSync(SEED_FILE, 'utf8');
const HTML_FILE = path.join(ROOT, 'tests/fixtures/html/harbour-cranes.html');
const SLUG = 'sheinbaum-rejects-trumps-proposal-to-deploy-u-s-troops-in-mexico';
const TITLE = 'Sheinbaum Rejects Trump’s Proposal to Deploy U.S. Troops in Mexico';

const siteLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name });
const articleText = (page: Page) => page.getByLabel('Article text');
const readButton = (page: Page) => page.getByRole('button', { name: 'Read article' });
const library = (page: Page) => page.getByRole('list', { name: 'Articles' });
const quotes = (page: Page) =>
  page.getByRole('complementary', { name: 'Quotes' }).getByRole('listitem');
const dates = (page: Page) => page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');

/** From the site navigation to the library, which lists exactly one of the reader's articles. */
async function expectOneOfYoursListed(page: Page) {
  await siteLink(page, 'Library').click();
  await expect(library(page).getByRole('listitem').filter({ hasText: 'Yours' })).toHaveCount(1);
}

async function openAddPage(page: Page) {
  await page.goto('/');
  await siteLink(page, 'Add article').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an article' })).toBeVisible();
}

/** The article file the CLI writes for `file`, as bytes of text. */
function cliJson(file: string): string {
  const out = mkdtempSync(path.join(ROOT, '.tmp', 'e2e-cli-'));
  execFileSync('npx', ['tsx', 'src/pipeline/cli.ts', '--out', out, file], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const name = readdirSync(out).find((n) => n !== 'index.json')!;
  return readFileSync(path.join(out, name), 'utf8');
}

async function downloadedJson(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const file = await (await download).path();
  return readFileSync(file, 'utf8');
}

async function expectSeedArticle(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const entities = page.getByRole('region', { name: 'Entities' });
  for (const name of [
    'Claudia Sheinbaum',
    'Donald Trump',
    'Mexico City',
    'The Wall Street Journal',
  ])
    await expect(entities.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible();
  await expect(quotes(page)).toHaveCount(2);
  for (const quote of await quotes(page).all())
    await expect(quote).toContainText('Claudia Sheinbaum');
  await expect(dates(page)).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    'May 2 · year not stated',
  );
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    'April 16 · year not stated',
  );
}

test('pasted text becomes an article with every reading feature, kept across reloads, listed, bookmarkable and deletable', async ({
  page,
}) => {
  const console = watchConsole(page);
  await openAddPage(page);
  await expectNoAxeViolations(page);
  await articleText(page).fill(SEED_TEXT);
  await readButton(page).click();

  await expect(page).toHaveURL(`/yours/${SLUG}`);
  await expectSeedArticle(page);
  await expect(page.getByText('You added this article')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expectSeedArticle(page);

  // A lens view of it, bookmarked, restores from the bookmarks page.
  await page
    .getByRole('region', { name: 'Entities' })
    .getByRole('button', { name: /^Donald Trump/ })
    .click();
  await expect(page).toHaveURL(`/yours/${SLUG}?entity=donald-trump`);
  await expect(quotes(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await siteLink(page, 'Bookmarks').click();
  const group = page
    .getByRole('region', { name: new RegExp(`^${TITLE}`) })
    .filter({ hasText: 'Yours' });
  await group.getByRole('list').getByRole('link').first().click();
  await expect(page).toHaveURL(`/yours/${SLUG}?entity=donald-trump`);
  await expect(quotes(page)).toHaveCount(1);
  await expect(dates(page)).toHaveCount(1);

  // Listed in the library, marked as the reader's own, beside the library's copy of the seed.
  await siteLink(page, 'Library').click();
  const cards = library(page).getByRole('listitem').filter({ hasText: TITLE });
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: 'Yours' })).toHaveCount(1);
  await cards.filter({ hasText: 'Yours' }).getByRole('link').click();
  await expect(page).toHaveURL(`/yours/${SLUG}`);

  // Deleted: gone from the library and from its address; the library's own seed stays.
  await page.getByRole('button', { name: 'Delete article' }).click();
  await page
    .getByRole('group', { name: 'Delete this article?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByText(`Deleted “${TITLE}” from this browser.`)).toBeVisible();
  await expect(library(page).getByRole('listitem').filter({ hasText: TITLE })).toHaveCount(1);
  await expect(library(page).getByText('Yours')).toHaveCount(0);
  await page.goto(`/yours/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  console.expectNone();
});

test('a chosen file gives the same JSON as the CLI, for the seed text and for an HTML page', async ({
  page,
}) => {
  const console = watchConsole(page);
  await openAddPage(page);
  await page.getByLabel('Choose a file').setInputFiles(SEED_FILE);
  await readButton(page).click();
  await expect(page).toHaveURL(`/yours/${SLUG}`);
  expect(await downloadedJson(page)).toBe(cliJson(SEED_FILE));

  await page.getByRole('link', { name: 'Add another' }).click();
  await page.getByLabel('Choose a file').setInputFiles(HTML_FILE);
  await expect(page.getByText('Chosen: harbour-cranes.html')).toBeVisible();
  await readButton(page).click();
  await expect(page).toHaveURL('/yours/storm-shuts-bellmare-port-as-cranes-sway');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Storm shuts Bellmare port as cranes sway',
  );
  await expect(page.getByRole('figure')).toContainText('Waves broke over the sea wall');
  await expect(page.getByRole('main')).not.toContainText('Get the morning briefing');
  await expect(
    page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: /^Tomás Varga/ }),
  ).toBeVisible();
  expect(await downloadedJson(page)).toBe(cliJson(HTML_FILE));
  console.expectNone();
});

test('each bad input gets its own message, and what is already stored is untouched', async ({
  page,
}) => {
  await openAddPage(page);
  await articleText(page).fill(SEED_TEXT);
  await readButton(page).click();
  await expect(page).toHaveURL(`/yours/${SLUG}`);
  await page.getByRole('link', { name: 'Add another' }).click();

  const alert = page.getByRole('alert');
  const choose = (name: string, mimeType: string, buffer: Buffer) =>
    page.getByLabel('Choose a file').setInputFiles({ name, mimeType, buffer });

  await choose('huge.txt', 'text/plain', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
  await expect(alert).toHaveText('“huge.txt” is 5.0 MB; Lede reads pages up to 5 MB.');

  await choose('scan.pdf', 'application/pdf', Buffer.from('%PDF-1.7 binary'));
  await expect(alert).toHaveText(
    '“scan.pdf” is not a text or HTML file. Lede reads .txt and .html pages.',
  );

  await choose('photo.txt', 'text/plain', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
  await readButton(page).click();
  await expect(alert).toContainText(
    '“photo.txt” could not be read as an article: file looks binary',
  );

  await page.getByRole('button', { name: 'Remove file' }).click();
  await articleText(page).fill(
    'Home\nNews\nSport\nWeather\n\nSubscribe\nSign in\n\n© 2025 Example Media Ltd\n',
  );
  await readButton(page).click();
  await expect(alert).toContainText(
    'The pasted text could not be read as an article: no article text found',
  );

  await articleText(page).fill('   ');
  await readButton(page).click();
  await expect(alert).toHaveText('Paste the text of an article, or choose a file, first.');

  await expectOneOfYoursListed(page);
});

test('a long article runs in a worker: the page answers, shows progress, and Cancel stops it', async ({
  page,
}) => {
  await openAddPage(page);
  // About 3 MB: a few seconds of work, during which the page must stay usable.
  const body = SEED_TEXT.split('\n\n').slice(9, 14).join('\n\n');
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'long-article.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`${SEED_TEXT}\n\n${Array(450).fill(body).join('\n\n')}`),
  });
  await readButton(page).click();
  await expect(page.getByRole('status')).toHaveText(
    /Finding entities, quotes and dates…|Reading the input…/,
  );
  await expect(page.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toHaveText('Cancelled. Nothing was added.');
  await expect(page).toHaveURL('/add');
  await expect(readButton(page)).toBeEnabled();
});

test('when the browser refuses storage, the article still opens for this session and says so', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get: () => {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      },
    });
  });
  await openAddPage(page);
  await articleText(page).fill(SEED_TEXT);
  await readButton(page).click();
  await expect(page).toHaveURL(`/yours/${SLUG}`);
  await expect(page.getByRole('alert')).toContainText('could not be saved in this browser');
  await expectSeedArticle(page);
  await expectOneOfYoursListed(page);
});

test('the reference date anchors a page without a date line; a file dropped on the form is read', async ({
  page,
}) => {
  await openAddPage(page);
  await articleText(page).fill(
    'Harbour Council Approves New Ferry Timetable\n\nBy Dana Whitfield\n\nThe harbour council approved a new ferry timetable on Tuesday evening after a long debate about late sailings.\n\nResidents on the outer islands had asked for an earlier morning boat so that pupils could reach school on time.\n',
  );
  await page.getByLabel('Reference date (optional)').fill('2025-06-12');
  await readButton(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Harbour Council Approves New Ferry Timetable',
  );
  // 12 June 2025 was a Thursday: "on Tuesday" in the past tense is the 10th.
  await expect(dates(page)).toHaveCount(1);
  await expect(dates(page).first()).toContainText('10 June 2025');

  await page.getByRole('link', { name: 'Add another' }).click();
  const html = readFileSync(HTML_FILE, 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped-page.html', { type: 'text/html' }));
    return transfer;
  }, html);
  const form = page.getByRole('form', { name: 'Add an article' });
  await form.dispatchEvent('dragover', { dataTransfer });
  await form.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Chosen: dropped-page.html')).toBeVisible();
  await readButton(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Storm shuts Bellmare port as cranes sway',
  );
});

test('a damaged stored article is reported, not rendered, and can be deleted; others still work', async ({
  page,
}) => {
  await openAddPage(page);
  await articleText(page).fill(SEED_TEXT);
  await readButton(page).click();
  await expect(page).toHaveURL(`/yours/${SLUG}`);
  // Another program (or a bug) overwrites the stored file and its library entry.
  await page.evaluate(
    (slug) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lede-yours');
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'entries'], 'readwrite');
          tx.objectStore('articles').put({ slug, json: '{"title": 42' });
          tx.objectStore('entries').put({ slug, entry: { slug, title: 42 } });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    SLUG,
  );
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { name: 'This article could not be shown' }),
  ).toBeVisible();
  await expect(alert).toContainText(
    'is damaged in this browser’s storage (the stored article is not valid JSON)',
  );
  await siteLink(page, 'Library').click();
  await expect(page.getByRole('note')).toHaveText(
    'One of your stored articles is damaged and is not listed.',
  );
  await expect(library(page).getByRole('link', { name: TITLE })).toHaveCount(1);

  await page.goto(`/yours/${SLUG}`);
  await page.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
});
