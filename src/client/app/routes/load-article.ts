import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import {
  articleIndexQueryOptions,
  articleQueryOptions,
} from '../../features/articles/api/articles-api.ts';
import { DataLoadError, NotFoundError } from '../../features/articles/api/data-errors.ts';

/**
 * A slug the index does not list is "not found"; a listed article whose file is missing is
 * "broken" (the build lost it), which deserves an error with a retry, not a shrug.
 */
export async function loadArticle(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const index = await queryClient.ensureQueryData(articleIndexQueryOptions());
  if (!index.articles.some((entry) => entry.slug === slug))
    throw new NotFoundError(`The article “${slug}”`);
  try {
    await queryClient.ensureQueryData(articleQueryOptions(slug));
  } catch (error) {
    if (error instanceof NotFoundError)
      throw new DataLoadError(error.what, 'its data file is missing from the server');
    throw error;
  }
  return null;
}
