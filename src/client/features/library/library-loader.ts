import type { QueryClient } from '@tanstack/react-query';
import { articleIndexQueryOptions } from '../articles/api/articles-api.ts';

/** Warm the cache with the same options the page reads, so the page renders with data. */
export const libraryLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(articleIndexQueryOptions());
  return null;
};
