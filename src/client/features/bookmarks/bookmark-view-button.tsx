import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Article } from '../../../shared/article-schema.ts';
import { paths, type ArticleOrigin } from '../../app/paths.ts';
import type { LensState } from '../../lens/lens-state.ts';
import { bookmarkHref, toggleBookmark, useIsBookmarked } from '../../storage/bookmarks-store.ts';
import { paragraphLabel } from './paragraph-label.ts';
import { articleTarget } from './article-target.ts';
import { makeBookmark } from './make-bookmark.ts';

/**
 * The label code loads on demand; asking for it as soon as the pointer or focus reaches the
 * button means a click rarely waits, so leaving the page right after it keeps the bookmark.
 */
const labelCode = () => import('./bookmark-label.ts');

type Props = {
  article: Article;
  origin: ArticleOrigin;
  /** The lens as shown (ids the article does not have already left out). */
  lens: LensState;
  /**
   * The paragraph the reader got to, remembered so a bookmark without a #hash returns there.
   * Not merely the one in view: this button sits above the text, so reaching it scrolls what
   * was being read out of view.
   */
  paragraphReached: () => string | null;
};

/** "Bookmark": save the view as it is (URL search and hash, and the paragraph read). */
export function BookmarkViewButton({ article, origin, lens, paragraphReached }: Props) {
  const { search, hash } = useLocation();
  const target = articleTarget(article, origin);
  const href = bookmarkHref({ ...target, search, hash });
  const pressed = useIsBookmarked(href);
  // What the last press did, for this view only: another lens is another view.
  const [last, setLast] = useState({ href: '', text: '' });
  const said = last.href === href ? last.text : '';

  const toggle = async () => {
    const paragraphId = paragraphReached();
    const { viewLabel } = await labelCode();
    const bookmark = makeBookmark({
      kind: 'view',
      ...target,
      search,
      hash,
      paragraphId,
      label: viewLabel(article, lens, paragraphId),
      title: article.title,
    });
    const result = toggleBookmark(bookmark);
    const at =
      paragraphId && !bookmark.label.includes('Paragraph')
        ? paragraphLabel(article, paragraphId)
        : '';
    setLast({
      href,
      text:
        result === 'removed'
          ? 'Bookmark removed.'
          : `Bookmarked as “${bookmark.label}”${at ? ` (at ${at.toLowerCase()})` : ''}.`,
    });
  };

  return (
    <span className="bookmark-view">
      <button
        type="button"
        className="tool-button"
        aria-pressed={pressed}
        onPointerEnter={() => void labelCode()}
        onFocus={() => void labelCode()}
        onClick={() => void toggle()}
      >
        <svg viewBox="0 0 12 16" aria-hidden="true" className="bookmark-icon">
          <path d="M1 1h10v14l-5-4-5 4z" />
        </svg>
        Bookmark
      </button>
      {/* aria-live, not role=status: the reading view's status is the lens summary. */}
      <span aria-live="polite" className="bookmark-said">
        {said}
        {said && pressed && (
          <>
            {' '}
            <Link to={paths.bookmarks()}>See all bookmarks</Link>
          </>
        )}
      </span>
    </span>
  );
}
