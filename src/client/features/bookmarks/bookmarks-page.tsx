import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { YoursBadge } from '../../components/yours-badge.tsx';
import {
  bookmarkHref,
  mergeBookmarks,
  removeBookmark,
  useBookmarks,
  type Bookmark,
} from '../../storage/bookmarks-store.ts';
import { BookmarkItem, bookmarkLinkId } from './bookmark-item.tsx';
import { BookmarkTransfer } from './bookmark-transfer.tsx';
import { groupBookmarks } from './group-bookmarks.ts';

type Toast = { kind: 'deleted' | 'restored'; bookmark: Bookmark } | null;

/** Every bookmark, grouped by article: open, rename, delete (with undo), export and import. */
const groupId = (path: string) => `group-${path.replace(/[^\w-]+/g, '-')}`;

export function BookmarksPage() {
  const bookmarks = useBookmarks();
  const groups = useMemo(() => groupBookmarks(bookmarks), [bookmarks]);
  const [toast, setToast] = useState<Toast>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  // Focus follows the action: to "Undo" after a delete, back to the bookmark after an undo.
  useEffect(() => {
    if (toast?.kind === 'deleted') undoRef.current?.focus();
    if (toast?.kind === 'restored')
      document.getElementById(bookmarkLinkId(toast.bookmark))?.focus();
  }, [toast]);

  const remove = (bookmark: Bookmark) => {
    removeBookmark(bookmarkHref(bookmark));
    setToast({ kind: 'deleted', bookmark });
  };
  const undo = () => {
    if (toast?.kind !== 'deleted') return;
    mergeBookmarks([toast.bookmark]);
    setToast({ kind: 'restored', bookmark: toast.bookmark });
  };

  return (
    <section className="bookmarks-page" aria-labelledby="bookmarks-title">
      <title>Bookmarks · Lede</title>
      <h1 id="bookmarks-title">Bookmarks</h1>
      <BookmarkTransfer bookmarks={bookmarks} />
      {groups.length === 0 ? (
        <p className="bookmarks-empty">
          No bookmarks yet. In an article, “Bookmark” saves the view you are looking at (its lens,
          the quote or date you selected, the paragraph in view); quotes and paragraphs have
          bookmark buttons of their own.
        </p>
      ) : (
        groups.map((group) => (
          <section
            key={group.path}
            className="bookmark-group"
            aria-labelledby={groupId(group.path)}
          >
            <h2 id={groupId(group.path)}>
              <Link to={group.path}>{group.title}</Link>
              {group.yours && <YoursBadge />}
            </h2>
            <ul className="bookmark-list" aria-label={`Bookmarks in ${group.title}`}>
              {group.bookmarks.map((bookmark) => (
                <BookmarkItem key={bookmarkHref(bookmark)} bookmark={bookmark} onDelete={remove} />
              ))}
            </ul>
          </section>
        ))
      )}
      <div className="toast" role="status" data-empty={toast === null || undefined}>
        {toast?.kind === 'deleted' && (
          <>
            Deleted “{toast.bookmark.label}”.{' '}
            <button type="button" ref={undoRef} className="tool-button" onClick={undo}>
              Undo
            </button>
          </>
        )}
        {toast?.kind === 'restored' && <>Restored “{toast.bookmark.label}”.</>}
      </div>
    </section>
  );
}
