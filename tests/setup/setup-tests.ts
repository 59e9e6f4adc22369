import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';

// A console.error during a test is a bug we would otherwise ship (React warnings, failed
// renders): make it fail the test that caused it.
const originalError = console.error;
afterEach(() => {
  vi.restoreAllMocks();
});
console.error = (...args: unknown[]) => {
  originalError(...args);
  throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
};
