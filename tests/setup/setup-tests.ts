import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';

// Component tests run in jsdom: unmount after each test (vitest has no globals for RTL to hook).
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(cleanup);
}

afterEach(() => {
  vi.restoreAllMocks();
});

// A console.error during a test is a bug we would otherwise ship (React warnings, failed
// renders): make it fail the test that caused it.
const originalError = console.error;
console.error = (...args: unknown[]) => {
  originalError(...args);
  throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
};
