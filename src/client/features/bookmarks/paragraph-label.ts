import type { Article } from '../../../shared/article-schema.ts';

/** "Paragraph 3": how a paragraph is named on its bookmark button and in saved labels. */
export function paragraphLabel(article: Article, paragraphId: string): string {
  const index = article.paragraphs.findIndex((p) => p.id === paragraphId);
  return index < 0 ? 'Start of the article' : `Paragraph ${index + 1}`;
}
