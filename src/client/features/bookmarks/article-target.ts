import type { Article } from '../../../shared/article-schema.ts';
import type { ArticleOrigin } from '../../app/paths.ts';
import type { Bookmark } from '../../storage/store-schema.ts';

/**
 * The fields that say which article a bookmark belongs to. `origin` is only written for the
 * reader's own articles, so library bookmarks stay exactly as they were stored before.
 */
export function articleTarget(
  article: Article,
  origin: ArticleOrigin,
): Pick<Bookmark, 'slug' | 'origin'> {
  return origin === 'yours' ? { slug: article.slug, origin } : { slug: article.slug };
}
