import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router';
import { AppRoot } from './app/app-root.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createRoutes } from './app/routes.tsx';
import { STATE_ELEMENT_ID } from './app/serialize-state.ts';
import './styles/global.css';

type PrerenderState = { queries: DehydratedState; loaderData: Record<string, unknown> };

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const queryClient = createQueryClient();

// Prerendered pages carry their data: hydrate the cache and the router from it, so the first
// render matches the HTML and nothing is fetched twice. Other pages render from scratch.
const stateElement = document.getElementById(STATE_ELEMENT_ID);
const prerendered = stateElement
  ? (JSON.parse(stateElement.textContent ?? '{}') as PrerenderState)
  : null;
if (prerendered) hydrate(queryClient, prerendered.queries);
// Not awaited at the top level: a lazy route module imports modules of this chunk, and a dynamic
// import that waits for a module still in its top-level await never settles (the page would
// never hydrate).
void start(root);

async function start(container: HTMLElement): Promise<void> {
  const routes = createRoutes(queryClient);
  // Hydration must render what the prerenderer rendered: resolve lazy route modules of the first
  // page before hydrating, so the first render has every component it needs.
  if (prerendered) await resolveLazyMatches(routes);
  const router = createBrowserRouter(
    routes,
    prerendered ? { hydrationData: { loaderData: prerendered.loaderData } } : {},
  );
  const app = (
    <AppRoot queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppRoot>
  );
  if (prerendered && container.firstElementChild) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

// Offline reading: a service worker keeps the pages, data and assets already seen. Registered
// after the app starts so it never competes with the first paint; only in production builds.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener(
    'load',
    () => void navigator.serviceWorker.register('/sw.js').catch(() => {}),
  );
}

async function resolveLazyMatches(table: RouteObject[]): Promise<void> {
  for (const match of matchRoutes(table, window.location) ?? []) {
    const { lazy } = match.route;
    if (typeof lazy !== 'function') continue;
    Object.assign(match.route, await lazy(), { lazy: undefined });
  }
}
