import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

/**
 * The article route's loader. It only runs on navigations inside the app (prerendered pages
 * arrive with their data), so its code, and the error classes it needs, load on demand.
 */
export const articleLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) =>
  (await import('./load-article.ts')).loadArticle(queryClient, args);
