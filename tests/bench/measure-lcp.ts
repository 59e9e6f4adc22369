import type { Browser } from '@playwright/test';

/**
 * Largest Contentful Paint of one page load, read from the page's own PerformanceObserver.
 * Each load uses a fresh page in a context whose cache was warmed once, so the app and the
 * static page pay the same for the network and differ only in what they do to paint.
 */
export async function measureLcp(
  browser: Browser,
  urls: string[],
  runs: number,
): Promise<Map<string, number[]>> {
  const context = await browser.newContext();
  const results = new Map<string, number[]>(urls.map((u) => [u, []]));
  for (const url of urls) await loadAndReadLcp(context, url); // warm the cache
  for (let i = 0; i < runs; i++) {
    // Alternate, so drift on a noisy machine hits every page equally.
    for (const url of urls) results.get(url)!.push(await loadAndReadLcp(context, url));
  }
  await context.close();
  return results;
}

async function loadAndReadLcp(
  context: Awaited<ReturnType<Browser['newContext']>>,
  url: string,
): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) last = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        // LCP is final once the page has been idle a moment; read it then.
        setTimeout(() => resolve(last), 500);
      }),
  );
  await page.close();
  return lcp;
}
