import react from '@vitejs/plugin-react';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The page shell, ready for prerendering and for offline use: the module script moves to the
 * end of <body> (it never blocks the first paint, and no load model mistakes it for
 * render-blocking), and a copy is emitted as app-shell.html, the page the service worker serves
 * for a route it has no copy of, and the template scripts/prerender.mjs fills.
 */
function appShell(): Plugin {
  return {
    name: 'lede-app-shell',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // The entry script and its modulepreload links go last: in <head>, a preload of the
        // app chunk competes with the stylesheet for bandwidth on a slow link and delays the
        // first paint of prerendered pages (Lighthouse: FCP 1.6 s -> 2.0 s on simulated 4G).
        const tags =
          html.match(
            /\s*<(?:script type="module"[^>]*><\/script>|link rel="modulepreload"[^>]*>)/g,
          ) ?? [];
        let out = html;
        for (const tag of tags) out = out.replace(tag, '');
        // No script in <head> at all: the reader's settings reach the first paint as attributes
        // on <html> that scripts/serve.mjs writes from a cookie (scripts/page-settings.mjs).
        return out.replace('</body>', `  ${tags.map((t) => t.trim()).join('\n    ')}\n  </body>`);
      },
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset')
        this.emitFile({ type: 'asset', fileName: 'app-shell.html', source: index.source });
    },
  };
}

/**
 * The source files the first page needs: everything main.tsx imports statically, transitively
 * (type-only imports and dynamic import() calls excluded). Computed from the code, so the split
 * below follows the code as it changes instead of a hand-kept list.
 */
function staticImportClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(
      /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)';/gms,
    )) {
      visit(path.resolve(path.dirname(file), match[1]!));
    }
  };
  visit(entry);
  return seen;
}
const FIRST_PAGE = staticImportClosure(
  fileURLToPath(new URL('src/client/main.tsx', import.meta.url)),
);
/**
 * zod is only ever loaded on demand (first fetch, bookmark import, a stored value to check); idb
 * only with the reader's own articles (their routes and the library's list of them).
 */
const firstPageModule = (id: string) =>
  id.includes('node_modules') ? !/[\\/](?:zod|idb)[\\/]/.test(id) : FIRST_PAGE.has(id);

export default defineConfig({
  plugins: [
    react(),
    appShell(),
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        // Hashed assets and the shell are precached; a new build brings new names, and the old
        // entries are cleaned up when its worker takes over. So is the library's index (with a
        // revision, like the shell): prerendered pages carry it, so no visit need fetch it, yet
        // the shell needs it to open any article offline.
        globPatterns: ['assets/*.{js,css}', 'favicon.svg', 'app-shell.html', 'data/index.json'],
        // Except the pipeline's worker (about 330 KB gzip, most of it the word lists that type
        // names): only readers who add an article need it, so it is cached on first use instead.
        globIgnores: ['assets/worker-*.js'],
        cleanupOutdatedCaches: true,
        skipWaiting: true,
        clientsClaim: true,
        navigateFallback: null,
        runtimeCaching: [
          {
            // Pages: fresh from the network when online, the last copy when offline, and the
            // shell for a route never loaded as a page (opened by a link inside the app).
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'lede-pages',
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 200 },
              plugins: [
                {
                  handlerDidError: async () =>
                    caches.match('/app-shell.html', { ignoreSearch: true }),
                },
              ],
            },
          },
          {
            // Hashed, so a cached copy is never stale; a new build's worker has a new name.
            urlPattern: ({ url }) => /^\/assets\/worker-[\w-]+\.js$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'lede-pipeline', expiration: { maxEntries: 2 } },
          },
          {
            urlPattern: ({ url }) =>
              url.pathname.startsWith('/data/') && url.pathname.endsWith('.json'),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'lede-data',
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 500 },
            },
          },
        ],
      },
    }),
  ],
  // The pipeline's worker (src/pipeline/worker.ts) is an ES module worker, built on its own.
  worker: { format: 'es' },
  resolve: {
    // linkedom's main entry loads the optional native `canvas` package through require(), which
    // a browser bundle cannot do; its worker build is the same library with that shimmed. The CLI
    // (run by tsx, outside Vite) uses the main entry; both come from one linkedom version.
    alias: [{ find: /^linkedom$/, replacement: 'linkedom/worker' }],
  },
  build: {
    target: 'es2022',
    // Every browser the es2022 target runs in supports <link rel="modulepreload"> except Firefox
    // before 115 and Safari before 17, where modules still load, just without the preload. The
    // polyfill would cost every reader a script of its own (about 400 bytes gzip).
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the first page needs in one chunk: left alone, the bundler splits modules
        // shared with lazy routes into many small chunks, and small chunks compress worse
        // (about 2 KB more gzip on the article route). Code loaded on demand stays separate.
        codeSplitting: { groups: [{ name: 'app', test: firstPageModule }] },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup/setup-tests.ts'],
    // Component tests opt into jsdom with a file-level `@vitest-environment jsdom` comment.
    pool: 'threads',
    testTimeout: 20_000,
  },
});
