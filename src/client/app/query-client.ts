import { QueryClient } from '@tanstack/react-query';

/**
 * The JSON is built once per deploy, so it never goes stale within a visit. Failed fetches are
 * not retried silently: the error view says what happened and offers a retry button.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } },
  });
}
