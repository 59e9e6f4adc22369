import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built exactly like the app (same plugins and target), into .tmp/floor-dist.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
    outDir: fileURLToPath(new URL('../../../.tmp/floor-dist', import.meta.url)),
    emptyOutDir: true,
  },
  logLevel: 'warn',
});
