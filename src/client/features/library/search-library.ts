import type { IndexEntry } from '../../../shared/index-schema.ts';

export type LibrarySort = 'date' | 'title';
export type LibraryView = { query: string; sort: LibrarySort };
export type LibraryMatch<T extends IndexEntry = IndexEntry> = {
  entry: T;
  /** Entity names a search term was found in, to show why an article matched. */
  entities: string[];
};

/** The library's search and sort live in the URL: `/?q=sheinbaum&sort=title`. */
export function readLibraryView(params: URLSearchParams): LibraryView {
  return { query: params.get('q') ?? '', sort: params.get('sort') === 'title' ? 'title' : 'date' };
}

export function writeLibraryView({ query, sort }: LibraryView): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (sort !== 'date') params.set('sort', sort);
  return params;
}

/** Case, accents and apostrophes do not matter: "trumps" finds "Trump’s", "mexico" "México". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}|['’‘]/gu, '')
    .toLowerCase();
}

/**
 * Every search term must appear in the title, byline, source, section or an entity name. All
 * from the index, so searching fetches nothing.
 */
export function searchLibrary<T extends IndexEntry>(
  entries: T[],
  view: LibraryView,
): LibraryMatch<T>[] {
  const terms = fold(view.query).split(/\s+/).filter(Boolean);
  const matches: LibraryMatch<T>[] = [];
  for (const entry of entries) {
    const names = entry.entityNames.map((name) => ({ name, folded: fold(name) }));
    const text = fold(
      [entry.title, entry.byline, entry.source.name, entry.source.section].join('\n'),
    );
    const found = terms.every((t) => text.includes(t) || names.some((n) => n.folded.includes(t)));
    if (!found) continue;
    const entities = names
      .filter((n) => terms.some((t) => n.folded.includes(t)))
      .map((n) => n.name);
    matches.push({ entry, entities });
  }
  const compare = view.sort === 'title' ? byTitle : newestFirst;
  return matches.toSorted((a, b) => compare(a.entry, b.entry));
}

function byTitle(a: IndexEntry, b: IndexEntry): number {
  return a.title.localeCompare(b.title, 'en', { sensitivity: 'base' });
}

/** Dated articles newest first, undated ones after them, ties by title. */
function newestFirst(a: IndexEntry, b: IndexEntry): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return byTitle(a, b);
}
