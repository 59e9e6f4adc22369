import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { IndexEntry } from '../../../shared/index-schema.ts';
import { paths, progressKey, type ArticleOrigin } from '../../app/paths.ts';
import { useHydrated } from '../../app/use-hydrated.ts';
import { useAllProgress } from '../../storage/progress-store.ts';
import { articleIndexQueryOptions } from '../articles/api/articles-api.ts';
import type { DeletedNotice } from '../yours/your-article-tools.tsx';
import { yourListQueryOptions } from '../yours/yours-queries.ts';
import { ArticleCard } from './article-card.tsx';
import { LibraryControls } from './library-controls.tsx';
import { useUrlDraft } from './use-url-draft.ts';
import {
  readLibraryView,
  searchLibrary,
  writeLibraryView,
  type LibraryView,
} from './search-library.ts';

type Listed = IndexEntry & { origin: ArticleOrigin };

/**
 * The library: every preprocessed article and the reader's own (marked "Yours"), searchable and
 * sortable, with reading progress.
 */
export function LibraryPage() {
  const { data } = useSuspenseQuery(articleIndexQueryOptions());
  const [params, setParams] = useSearchParams();
  // The prerendered library has no query: the URL's search and sort apply once hydrated.
  const hydrated = useHydrated();
  // The reader's own articles are in this browser's storage: listed once the page is live.
  const yours = useQuery({ ...yourListQueryOptions(), enabled: hydrated }).data;
  const deleted = (useLocation().state as DeletedNotice | null)?.deleted;
  const entries = useMemo<Listed[]>(
    () => [
      ...data.articles.map((entry) => ({ ...entry, origin: 'library' as const })),
      ...(yours?.entries ?? []).map((entry) => ({ ...entry, origin: 'yours' as const })),
    ],
    [data.articles, yours],
  );
  const url = readLibraryView(hydrated ? params : new URLSearchParams());
  // Replace, not push: typing is not a history of pages to go back through.
  const change = (next: LibraryView) =>
    setParams(writeLibraryView(next), { replace: true, preventScrollReset: true });
  const [query, setQuery] = useUrlDraft(url.query, (q) => change({ ...url, query: q }));
  const view = { query, sort: url.sort };
  const progress = useAllProgress();
  const results = useMemo(
    () => searchLibrary(entries, { query, sort: url.sort }),
    [entries, query, url.sort],
  );
  const total = entries.length;
  const searching = view.query.trim() !== '';

  return (
    <section className="library" aria-labelledby="library-title">
      <title>Library · Lede</title>
      <h1 id="library-title">Library</h1>
      {deleted && <p className="notice">Deleted “{deleted}” from this browser.</p>}
      {yours && yours.unreadable > 0 && (
        <p className="notice" role="note">
          {yours.unreadable === 1
            ? 'One of your stored articles is damaged and is not listed.'
            : `${yours.unreadable} of your stored articles are damaged and are not listed.`}
        </p>
      )}
      {total === 0 ? (
        <p>
          No articles yet. <Link to={paths.add()}>Add an article</Link>, or put text files in seeds/
          and run “npm run preprocess”.
        </p>
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
                  key={`${entry.origin}:${entry.slug}`}
                  entry={entry}
                  origin={entry.origin}
                  matchedEntities={searching ? entities : []}
                  progress={progress[progressKey(entry.origin, entry.slug)]}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
