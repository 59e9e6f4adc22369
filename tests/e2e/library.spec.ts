import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './expect-no-axe-violations.ts';
import { watchConsole } from './console-errors.ts';

const SLUG = 'sheinbaum-rejects-trumps-proposal-to-deploy-u-s-troops-in-mexico';
const ARTICLE = `/articles/${SLUG}`;
const TITLE = 'Sheinbaum Rejects Trump’s Proposal to Deploy U.S. Troops in Mexico';

const articles = (page: Page) => page.getByRole('list', { name: 'Articles' });
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search the library' });

test('search as you type, across titles, sources and entity names, kept in the URL', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/');
  const index = await (await page.request.get('/data/index.json')).json();
  const entry = index.articles.find((a: { slug: string }) => a.slug === SLUG);
  const { entities, quotes, dates } = entry.counts;
  await expect(articles(page).getByRole('listitem').first()).toContainText(
    `${entities} entities · ${quotes} quotes · ${dates} dates`,
  );

  await search(page).pressSequentially('sinaloa');
  await expect(articles(page).getByRole('link', { name: TITLE })).toBeVisible();
  await expect(articles(page)).toContainText('Mentions Sinaloa cartel');
  await expect(page).toHaveURL(/\/\?q=sinaloa$/);

  await search(page).fill('econotimes politics');
  await expect(articles(page).getByRole('link', { name: TITLE })).toBeVisible();

  await search(page).fill('no such thing');
  await expect(page.getByRole('status')).toHaveText('No articles match “no such thing”.');
  await expect(articles(page)).toHaveCount(0);

  // A reload (the prerendered library, then hydration) keeps the search.
  await page.reload();
  await expect(search(page)).toHaveValue('no such thing');
  await expect(articles(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(articles(page).getByRole('listitem')).toHaveCount(index.articles.length);
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
  await expect(page).toHaveURL(/\/\?sort=title$/);
  console.expectNone();
});

test('keystrokes typed into the prerendered search box before the app starts are kept', async ({
  page,
}) => {
  const console = watchConsole(page);
  // Hold the app's script until the reader has typed, as a slow phone would.
  let start!: () => void;
  const started = new Promise<void>((resolve) => (start = resolve));
  await page.route('**/assets/app-*.js', async (route) => {
    await started;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await search(page).pressSequentially('sina');
  start();
  await expect(page).toHaveURL(/\/\?q=sina$/);
  await expect(search(page)).toHaveValue('sina');
  await search(page).pressSequentially('loa');
  await expect(page).toHaveURL(/\/\?q=sinaloa$/);
  await expect(articles(page).getByRole('link', { name: TITLE })).toBeVisible();
  console.expectNone();
});

test('resume: the library shows how far you got, and the article offers to go back there', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 640 } });
  const page = await context.newPage();
  const console = watchConsole(page);
  await page.goto(ARTICLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.locator('#p4').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // Saved (throttled) once the reader has scrolled.
  const saved = () =>
    page.evaluate(
      (slug) => JSON.parse(localStorage.getItem('lede.store') ?? '{}').progress?.[slug] ?? null,
      SLUG,
    );
  await expect.poll(saved).not.toBeNull();
  const progress = await saved();
  expect(progress.position).toBeGreaterThanOrEqual(4);
  const n: number = progress.position;

  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Library' })
    .click();
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText(
    `Read to paragraph ${n} of 6`,
  );
  await page.getByRole('link', { name: TITLE }).click();
  const resume = page.getByRole('button', { name: `Resume at paragraph ${n}` });
  await expect(resume).toBeVisible();
  await expect(page.locator(`#${progress.paragraphId}`)).not.toBeInViewport();
  await resume.click();
  await expect(page.locator(`#${progress.paragraphId}`)).toBeInViewport();
  await expect(page.locator(`#${progress.paragraphId}`)).toBeFocused();
  await expect(resume).toBeHidden();
  console.expectNone();
  await context.close();
});

const THEMES = ['light', 'dark', 'sepia'] as const;
const PAGES = [
  ['the library', '/'],
  ['the bookmarks page', '/bookmarks'],
  ['the article route with a lens', `${ARTICLE}?entity=claudia-sheinbaum&quote=q1#p2`],
] as const;

for (const theme of THEMES) {
  for (const [name, path] of PAGES) {
    test(`axe finds no violations on ${name} (${theme} theme)`, async ({ browser }) => {
      const context = await browser.newContext();
      // Saved data that puts every new part on screen: progress (library, resume offer) and
      // bookmarks (the list, pressed bookmark buttons).
      await context.addInitScript(
        ([theme, slug, title]) => {
          const bookmark = (label: string, search: string, hash: string) => ({
            kind: 'view',
            slug,
            search,
            hash,
            paragraphId: 'p2',
            label,
            title,
            createdAt: '2025-05-01T10:00:00.000Z',
          });
          localStorage.setItem(
            'lede.store',
            JSON.stringify({
              version: 2,
              settings: {
                shortcuts: true,
                theme,
                textSize: 'medium',
                lineWidth: 'medium',
                font: 'serif',
              },
              bookmarks: [
                bookmark(
                  'Lens: Claudia Sheinbaum · Quote',
                  '?entity=claudia-sheinbaum&quote=q1',
                  '#p2',
                ),
                bookmark('Paragraph 4', '', '#p4'),
              ],
              progress: {
                [slug]: {
                  paragraphId: 'p4',
                  position: 4,
                  total: 6,
                  updatedAt: '2025-05-01T10:00:00.000Z',
                },
              },
            }),
          );
        },
        [theme, SLUG, TITLE] as const,
      );
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (path === '/') await expect(articles(page)).toContainText('Read to paragraph 4 of 6');
      if (path === '/bookmarks') {
        await page.getByRole('button', { name: 'Delete “Paragraph 4”' }).click();
        await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      }
      if (path.startsWith(ARTICLE)) {
        await expect(page.getByRole('button', { name: 'Bookmark', exact: true })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
        await page.getByRole('button', { name: 'Reading settings' }).click();
      }
      await expectNoAxeViolations(page);
      await context.close();
    });
  }
}
