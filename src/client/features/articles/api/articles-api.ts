import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from './fetch-json.ts';

/** Where the preprocessed JSON is served; the pipeline's default --out is public/data. */
const DATA_URL = `${import.meta.env.BASE_URL}data`;

// The schemas (and zod) load on first fetch, not with the page: prerendered pages arrive with
// their data already validated at build time, so most visits never need them.
const articleSchema = async () =>
  (await import('../../../../shared/article-schema.ts')).ArticleSchema;
const indexSchema = async () =>
  (await import('../../../../shared/index-schema.ts')).ArticleIndexSchema;

export const articleIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['articles', 'index'],
    queryFn: async ({ signal }) =>
      fetchJson(`${DATA_URL}/index.json`, await indexSchema(), 'The article list', signal),
  });

export const articleQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: async ({ signal }) =>
      fetchJson(
        `${DATA_URL}/${encodeURIComponent(slug)}.json`,
        await articleSchema(),
        `The article “${slug}”`,
        signal,
      ),
  });
