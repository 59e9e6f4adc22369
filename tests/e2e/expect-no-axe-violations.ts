import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe on the page as it rests: transitions (dimming, theme) finish first so colours are final. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
