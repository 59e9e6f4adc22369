import { useEffect, useRef } from 'react';
import type { LibrarySort, LibraryView } from './search-library.ts';

type Props = { view: LibraryView; onChange: (view: LibraryView) => void };

/** Search as you type and the sort order; both are the URL's, so a reload or a link keeps them. */
export function LibraryControls({ view, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // The library is prerendered, so a reader can type before the app starts. What they typed is
  // in the field when it hydrates, not in the state; it is taken over as the field mounts (an
  // effect, so the router can already write it to the URL), before the next render with the
  // empty state would write over it.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    // Only words the reader typed: an empty field never clears a query the URL already holds.
    if (typed !== '' && typed !== view.query) onChange({ ...view, query: typed });
    // Once, as the field mounts: later changes come through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <form className="library-controls" role="search" onSubmit={(e) => e.preventDefault()}>
      <label className="library-search">
        <span>Search the library</span>
        <input
          ref={input}
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
