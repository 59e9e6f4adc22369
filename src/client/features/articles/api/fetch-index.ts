import { ArticleIndexSchema } from '../../../../shared/index-schema.ts';
import { fetchJson } from './fetch-json.ts';

/** The library's index, validated (loaded with the first fetch: see articles-api.ts). */
export const fetchIndex = (url: string, signal: AbortSignal) =>
  fetchJson(url, ArticleIndexSchema, 'The article list', signal);
