import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useHydrated } from '../../app/use-hydrated.ts';
import { useAllProgress } from '../../storage/progress-store.ts';
import { articleIndexQueryOptions } from '../articles/api/articles-api.ts';
import { ArticleCard } from './article-card.tsx';
import { LibraryControls } from './library-controls.tsx';
import { useUrlDraft } from './use-url-draft.ts';
import {
  readLibraryView,
  searchLibrary,
  writeLibraryView,
  type LibraryView,
} from './search-library.ts';

/** The library: every preprocessed article, searchable and sortable, with reading progress. */
export function LibraryPage() {
  const { data } = useSuspenseQuery(articleIndexQueryOptions());
  const [params, setParams] = useSearchParams();
  // The prerendered library has no query: the URL's search and sort apply once hydrated.
  const hydrated = useHydrated();
  const url = readLibraryView(hydrated ? params : new URLSearchParams());
  // Replace, not push: typing is not a history of pages to go back through.
  const change = (next: LibraryView) =>
    setParams(writeLibraryView(next), { replace: true, preventScrollReset: true });
  const [query, setQuery] = useUrlDraft(url.query, (q) => change({ ...url, query: q }));
  const view = { query, sort: url.sort };
  const progress = useAllProgress();
  const results = useMemo(
    () => searchLibrary(data.articles, { query, sort: url.sort }),
    [data.articles, query, url.sort],
  );
  const total = data.articles.length;
  const searching = view.query.trim() !== '';

  return (
    <section className="library" aria-labelledby="library-title">
      <title>Library · Lede</title>
      <h1 id="library-title">Library</h1>
      {total === 0 ? (
        <p>No articles yet. Add text files to seeds/ and run “npm run preprocess”.</p>
      ) : (
        <>
          <LibraryControls
            view={view}
            onChange={(next) => (next.query !== query ? setQuery(next.query) : change(next))}
          />
          <div className="library-count">
            <p role="status">
              {!searching
                ? `${total} ${total === 1 ? 'article' : 'articles'}`
                : results.length === 0
                  ? `No articles match “${view.query.trim()}”.`
                  : `${results.length} of ${total} ${total === 1 ? 'article matches' : 'articles match'} “${view.query.trim()}”`}
            </p>
            {searching && (
              <button type="button" className="link-button" onClick={() => setQuery('')}>
                Clear search
              </button>
            )}
          </div>
          {results.length > 0 && (
            <ul className="article-list" aria-label="Articles">
              {results.map(({ entry, entities }) => (
                <ArticleCard
                  key={entry.slug}
                  entry={entry}
                  matchedEntities={searching ? entities : []}
                  progress={progress[entry.slug]}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
