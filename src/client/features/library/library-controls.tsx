import type { LibrarySort, LibraryView } from './search-library.ts';

type Props = { view: LibraryView; onChange: (view: LibraryView) => void };

/** Search as you type and the sort order; both are the URL's, so a reload or a link keeps them. */
export function LibraryControls({ view, onChange }: Props) {
  return (
    <form className="library-controls" role="search" onSubmit={(e) => e.preventDefault()}>
      <label className="library-search">
        <span>Search the library</span>
        <input
          type="search"
          value={view.query}
          placeholder="Title, byline, source or name"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onChange({ ...view, query: event.target.value })}
        />
      </label>
      <label className="library-sort">
        <span>Sort by</span>
        <select
          value={view.sort}
          onChange={(event) => onChange({ ...view, sort: event.target.value as LibrarySort })}
        >
          <option value="date">Newest first</option>
          <option value="title">Title (A–Z)</option>
        </select>
      </label>
    </form>
  );
}
