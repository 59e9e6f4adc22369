import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './console-errors.ts';
import { HOSTILE_LINES, hostileArticle } from './hostile-article.ts';

/** Record CSP violations the page reports, from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test('article text with script, img onerror, javascript: links and bidi controls renders as inert text', async ({
  page,
}) => {
  const console = watchConsole(page);
  const violations = await watchCsp(page);
  await page.route('**/data/index.json', (route) =>
    route.fulfill({
      json: {
        articles: [
          {
            slug: hostileArticle.slug,
            title: hostileArticle.title,
            sourceFile: hostileArticle.sourceFile,
            publishedAt: null,
            source: hostileArticle.source,
            byline: hostileArticle.byline,
            readingMinutes: 1,
            counts: { entities: 1, quotes: 1, dates: 0 },
            entityNames: ['<script>window.__pwned="entity"</script>'],
          },
        ],
      },
    }),
  );
  await page.route(`**/data/${hostileArticle.slug}.json`, (route) =>
    route.fulfill({ json: hostileArticle }),
  );

  await page.goto(`/articles/${hostileArticle.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostileArticle.title);
  for (const [i, line] of HOSTILE_LINES.entries())
    await expect(page.locator(`#p${i + 1}`)).toHaveText(line);
  await page
    .getByRole('button', { name: /^<script>/ })
    .first()
    .click();
  await expect(page.getByRole('complementary', { name: 'Quotes' })).toContainText('onerror');

  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
  ).toBeUndefined();
  expect(
    await page
      .locator('main script, main img, main svg[onload], main a[href^="javascript"]')
      .count(),
  ).toBe(0);
  expect(await violations()).toEqual([]);
  console.expectNone();
});

test('the server sends a strict Content Security Policy and the app runs under it without violations', async ({
  page,
}) => {
  const violations = await watchCsp(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');

  await page.getByRole('list', { name: 'Articles' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);
  // A prerendered page loaded directly: its markup must not carry anything the policy blocks.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const mention = page.locator('.reader-body .mention').first();
  if ((await mention.count()) > 0) await mention.click();
  expect(await violations()).toEqual([]);
  // The app asks nothing of any other origin.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
});
