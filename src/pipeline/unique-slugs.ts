import type { Article } from '../shared/article-schema.ts';
import { slugify } from '../shared/slugify.ts';

/**
 * Two pages with the same headline must not overwrite each other. Inputs arrive sorted by file
 * name, so the first keeps the plain slug and later ones gain their file name: stable across runs.
 */
export function uniqueSlugs(articles: Article[]): Article[] {
  const taken = new Set<string>();
  return articles.map((article) => {
    let slug = article.slug;
    if (taken.has(slug)) {
      const base = `${slug}-${slugify(article.sourceFile.replace(/\.[^.]+$/, ''), 40) || 'copy'}`;
      slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    }
    taken.add(slug);
    return slug === article.slug ? article : { ...article, slug };
  });
}
