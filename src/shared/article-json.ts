import type { Article } from './article-schema.ts';

/**
 * The bytes of an article file. The CLI writes them and the browser offers them for download:
 * one function, so "the same JSON the CLI writes" holds by construction.
 */
export function articleJson(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}
