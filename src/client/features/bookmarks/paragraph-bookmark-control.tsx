import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Article } from '../../../shared/article-schema.ts';
import type { ArticleOrigin } from '../../app/paths.ts';
import { bookmarkHref, toggleBookmark, useIsBookmarked } from '../../storage/bookmarks-store.ts';
import { paragraphLabel } from './paragraph-label.ts';
import { articleTarget } from './article-target.ts';
import { makeBookmark } from './make-bookmark.ts';

type Props = {
  article: Article;
  origin: ArticleOrigin;
  /** The paragraph being read, which paragraphs are on screen, and a way to hear of changes. */
  position: {
    get: () => string | null;
    isVisible: (id: string) => boolean;
    subscribe: (listener: () => void) => () => void;
  };
};

const PARAGRAPH = '.reader-body > [id]';
const noParagraph = () => null;

/**
 * One "Bookmark paragraph N" button beside the text rather than one per paragraph: it follows
 * the paragraph under the pointer or focused (a tap, a jump from a quote) while that paragraph
 * is on screen, and otherwise the one being read. A single tab stop, and nothing added to the
 * paragraphs' own text or markup.
 */
export function ParagraphBookmarkControl({ article, origin, position }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  const [pointed, setPointed] = useState<string | null>(null);
  const target = useSyncExternalStore(
    position.subscribe,
    () => (pointed && position.isVisible(pointed) ? pointed : position.get()),
    noParagraph,
  );
  const isPointed = target !== null && target === pointed;
  const href = bookmarkHref({
    ...articleTarget(article, origin),
    search: '',
    hash: target ? `#${target}` : '',
  });
  const pressed = useIsBookmarked(href);

  useEffect(() => {
    const frame = ref.current?.parentElement;
    if (!frame) return;
    const point = (event: Event) => {
      const paragraph = (event.target as Element).closest?.(PARAGRAPH);
      if (paragraph) setPointed(paragraph.id);
    };
    frame.addEventListener('mouseover', point);
    frame.addEventListener('focusin', point);
    return () => {
      frame.removeEventListener('mouseover', point);
      frame.removeEventListener('focusin', point);
    };
  }, []);

  // Placed through the CSSOM (the CSP forbids style attributes in HTML, not this).
  useLayoutEffect(() => {
    const button = ref.current;
    const frame = button?.parentElement;
    if (!button || !frame) return;
    const place = () => {
      const paragraph = target ? document.getElementById(target) : null;
      // Paragraphs outside the lens can be collapsed ("others=hide"): nothing to sit beside.
      const collapsed =
        paragraph?.closest('[data-others="hide"]') && paragraph.dataset.lens === 'out';
      button.toggleAttribute('data-collapsed', Boolean(collapsed));
      if (paragraph && !collapsed) button.style.top = `${paragraph.offsetTop}px`;
    };
    place();
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    resize?.observe(frame);
    return () => resize?.disconnect();
  }, [target]);

  const label = target ? paragraphLabel(article, target) : '';
  return (
    <button
      ref={ref}
      type="button"
      className="paragraph-bookmark"
      aria-pressed={pressed}
      hidden={!target}
      aria-label={`Bookmark ${label.toLowerCase()}`}
      data-pointed={isPointed || undefined}
      onClick={() => {
        if (!target) return;
        toggleBookmark(
          makeBookmark({
            kind: 'paragraph',
            ...articleTarget(article, origin),
            search: '',
            hash: `#${target}`,
            paragraphId: target,
            label,
            title: article.title,
          }),
        );
      }}
    >
      <svg viewBox="0 0 12 16" aria-hidden="true" className="bookmark-icon">
        <path d="M1 1h10v14l-5-4-5 4z" />
      </svg>
      <span className="paragraph-number" aria-hidden="true">
        ¶{label.replace(/\D+/g, '')}
      </span>
    </button>
  );
}
