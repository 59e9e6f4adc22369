import { ArticleSchema } from '../../../../shared/article-schema.ts';
import { fetchJson } from './fetch-json.ts';

/** One article, validated (loaded with the first fetch: see articles-api.ts). */
export const fetchArticle = (url: string, what: string, signal: AbortSignal) =>
  fetchJson(url, ArticleSchema, what, signal);
