import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup/setup-tests.ts'],
    // Component tests opt into jsdom with a file-level `@vitest-environment jsdom` comment.
    pool: 'threads',
    testTimeout: 20_000,
  },
});
