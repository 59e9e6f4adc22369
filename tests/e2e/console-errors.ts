import { expect, type Page } from '@playwright/test';

/** Collect console errors and page errors; tests assert none happened on the happy path. */
export function watchConsole(page: Page): { errors: string[]; expectNone: () => void } {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { errors, expectNone: () => expect(errors).toEqual([]) };
}
