import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { formatDay } from '../../components/format-date.ts';
import type { IndexEntry } from '../../../shared/index-schema.ts';
import { articleIndexQueryOptions } from '../articles/api/articles-api.ts';

/** The library: every preprocessed article, newest first when dates are known. */
export function LibraryPage() {
  const { data } = useSuspenseQuery(articleIndexQueryOptions());
  const articles = data.articles.toSorted(newestFirst);
  return (
    <section className="library" aria-labelledby="library-title">
      <title>Library · Lede</title>
      <h1 id="library-title">Library</h1>
      {articles.length === 0 ? (
        <p>No articles yet. Add text files to seeds/ and run “npm run preprocess”.</p>
      ) : (
        <ul className="article-list" aria-label="Articles">
          {articles.map((entry) => (
            <li key={entry.slug} className="article-card">
              <h2>
                <Link to={paths.article(entry.slug)}>{entry.title}</Link>
              </h2>
              <p className="meta">
                {[
                  entry.source.name,
                  entry.publishedAt ? formatDay(entry.publishedAt) : null,
                  `${entry.readingMinutes} min read`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Dated articles newest first, undated ones after them, ties by title. */
function newestFirst(a: IndexEntry, b: IndexEntry): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return a.title.localeCompare(b.title, 'en');
}
