import react from '@vitejs/plugin-react';
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
        const script = /\s*<script type="module"[^>]*><\/script>/.exec(html)?.[0];
        return script
          ? html.replace(script, '').replace('</body>', `  ${script.trim()}\n  </body>`)
          : html;
      },
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset')
        this.emitFile({ type: 'asset', fileName: 'app-shell.html', source: index.source });
    },
  };
}

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
        // entries are cleaned up when its worker takes over.
        globPatterns: ['assets/*.{js,css}', 'favicon.svg', 'app-shell.html'],
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
