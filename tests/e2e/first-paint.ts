import type { BrowserContext, Page } from '@playwright/test';

/** The page background of each theme (the system theme is light or dark). */
export const BACKGROUNDS = {
  light: 'rgb(251, 250, 247)',
  dark: 'rgb(22, 24, 29)',
  sepia: 'rgb(244, 236, 216)',
};

export type FirstPaint = { themes: (string | null)[]; firstFrame: string; atContentLoaded: string };

/**
 * Record, from before any page script runs: every value data-theme takes on <html> (the one it
 * arrives with from the server, then every change), and the page's background in the first
 * animation frame (the first frame painted) and at DOMContentLoaded. A flash of the wrong theme
 * would show in one of them.
 */
export async function watchFirstPaint(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: FirstPaint = { themes: [], firstFrame: '', atContentLoaded: '' };
    (window as unknown as { __firstPaint: FirstPaint }).__firstPaint = seen;
    // At this point not even <html> exists: watch the document for it and its attributes.
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList') {
          for (const node of r.addedNodes)
            if (node === document.documentElement)
              seen.themes.push(document.documentElement.getAttribute('data-theme'));
        } else if (r.target === document.documentElement) {
          seen.themes.push(document.documentElement.getAttribute('data-theme'));
        }
      }
    }).observe(document, {
      childList: true,
      attributes: true,
      attributeFilter: ['data-theme'],
      subtree: true,
    });
    const background = () =>
      getComputedStyle(document.body ?? document.documentElement).backgroundColor;
    requestAnimationFrame(() => (seen.firstFrame = background()));
    document.addEventListener('DOMContentLoaded', () => (seen.atContentLoaded = background()));
  });
}
export const firstPaint = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstPaint: FirstPaint }).__firstPaint);
