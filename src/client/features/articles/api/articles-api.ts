import { queryOptions } from '@tanstack/react-query';

/** Where the preprocessed JSON is served; the pipeline's default --out is public/data. */
const DATA_URL = `${import.meta.env.BASE_URL}data`;

// Fetching and validating (fetch-json, the schemas, zod) load on the first fetch, not with the
// page: prerendered pages arrive with their data already validated at build time, so most
// visits never need any of it.
export const articleIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['articles', 'index'],
    queryFn: async ({ signal }) =>
      (await import('./fetch-index.ts')).fetchIndex(`${DATA_URL}/index.json`, signal),
  });

export const articleQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: async ({ signal }) =>
      (await import('./fetch-article.ts')).fetchArticle(
        `${DATA_URL}/${encodeURIComponent(slug)}.json`,
        `The article “${slug}”`,
        signal,
      ),
  });
