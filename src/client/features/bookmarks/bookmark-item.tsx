import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { ArticleLinkState } from '../../app/paths.ts';
import { bookmarkHref, renameBookmark, type Bookmark } from '../../storage/bookmarks-store.ts';

const KIND_NAMES: Record<Bookmark['kind'], string> = {
  view: 'View',
  quote: 'Quote',
  paragraph: 'Paragraph',
};

const savedAt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** The id of a bookmark's link, so focus can be put back on it after an undo. */
export function bookmarkLinkId(bookmark: Bookmark): string {
  return `bookmark-${bookmarkHref(bookmark).replace(/[^\w-]+/g, '-')}`;
}

type Props = { bookmark: Bookmark; onDelete: (bookmark: Bookmark) => void };

/** One bookmark: its label as a link that restores the view, when it was saved, rename, delete. */
export function BookmarkItem({ bookmark, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const renameRef = useRef<HTMLButtonElement>(null);
  const href = bookmarkHref(bookmark);
  const state: ArticleLinkState | undefined = bookmark.paragraphId
    ? { paragraphId: bookmark.paragraphId }
    : undefined;

  const finish = () => {
    setEditing(false);
    requestAnimationFrame(() => renameRef.current?.focus());
  };
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const label = String(new FormData(event.currentTarget).get('label') ?? '').trim();
    if (label) renameBookmark(href, label.slice(0, 200));
    finish();
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    finish();
  };

  return (
    <li className="bookmark-item" data-kind={bookmark.kind}>
      {editing ? (
        <form className="rename-form" onSubmit={save} onKeyDown={cancelOnEscape}>
          <label>
            <span className="visually-hidden">New label for “{bookmark.label}”</span>
            <input
              name="label"
              defaultValue={bookmark.label}
              maxLength={200}
              required
              autoFocus
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
          <button type="submit" className="tool-button">
            Save
          </button>
          <button type="button" className="link-button" onClick={finish}>
            Cancel
          </button>
        </form>
      ) : (
        <Link id={bookmarkLinkId(bookmark)} to={href} state={state} className="bookmark-label">
          {bookmark.label}
        </Link>
      )}
      <p className="meta">
        {KIND_NAMES[bookmark.kind]} · Saved{' '}
        <time dateTime={bookmark.createdAt}>{savedAt.format(new Date(bookmark.createdAt))}</time>
      </p>
      {!editing && (
        <p className="bookmark-actions">
          <button
            type="button"
            ref={renameRef}
            className="link-button"
            onClick={() => setEditing(true)}
            aria-label={`Rename “${bookmark.label}”`}
          >
            Rename
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => onDelete(bookmark)}
            aria-label={`Delete “${bookmark.label}”`}
          >
            Delete
          </button>
        </p>
      )}
    </li>
  );
}
