import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createQueryClient } from '../../src/client/app/query-client.ts';
import { createRoutes } from '../../src/client/app/routes.tsx';

export type FakeServer = Record<string, unknown | (() => Response)>;

/**
 * Render the real route table in a memory router with a fresh QueryClient, answering fetches
 * from `files` ("/data/index.json" → body). A function value is called for a custom Response;
 * unknown URLs get a 404, as the real server gives.
 */
export function renderApp(path: string, files: FakeServer) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url =
      typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const entry = files[url];
    if (entry === undefined) return new Response('Not found', { status: 404 });
    if (typeof entry === 'function') return (entry as () => Response)();
    return new Response(JSON.stringify(entry), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, fetchMock };
}
