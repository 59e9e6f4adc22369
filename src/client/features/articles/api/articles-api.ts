import { queryOptions } from '@tanstack/react-query';
import { ArticleSchema } from '../../../../shared/article-schema.ts';
import { ArticleIndexSchema } from '../../../../shared/index-schema.ts';
import { fetchJson } from './fetch-json.ts';

/** Where the preprocessed JSON is served; the pipeline's default --out is public/data. */
const DATA_URL = `${import.meta.env.BASE_URL}data`;

export const articleIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['articles', 'index'],
    queryFn: ({ signal }) =>
      fetchJson(`${DATA_URL}/index.json`, ArticleIndexSchema, 'The article list', signal),
  });

export const articleQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: ({ signal }) =>
      fetchJson(
        `${DATA_URL}/${encodeURIComponent(slug)}.json`,
        ArticleSchema,
        `The article “${slug}”`,
        signal,
      ),
  });
