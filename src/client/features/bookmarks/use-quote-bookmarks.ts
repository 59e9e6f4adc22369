import { useCallback, useMemo } from 'react';
import type { Article } from '../../../shared/article-schema.ts';
import type { ArticleOrigin } from '../../app/paths.ts';
import { writeLensState, EMPTY_LENS } from '../../lens/lens-state.ts';
import { bookmarkHref, toggleBookmark, useBookmarks } from '../../storage/bookmarks-store.ts';
import { articleTarget } from './article-target.ts';
import { makeBookmark } from './make-bookmark.ts';

/**
 * A quote's bookmark is the quote on its own, without the lens it was found under: the link
 * selects the quote and jumps to its paragraph (`?quote=q2#p4`).
 */
function quoteView(quoteId: string, paragraphId: string) {
  return { search: `?${writeLensState({ ...EMPTY_LENS, quoteId })}`, hash: `#${paragraphId}` };
}

export function useQuoteBookmarks(article: Article, origin: ArticleOrigin) {
  const bookmarks = useBookmarks();
  const bookmarkedQuoteIds = useMemo(() => {
    const hrefs = new Set(bookmarks.map(bookmarkHref));
    const ids = article.quotes
      .filter((q) =>
        hrefs.has(
          bookmarkHref({ ...articleTarget(article, origin), ...quoteView(q.id, q.paragraphId) }),
        ),
      )
      .map((q) => q.id);
    return new Set(ids);
  }, [article, origin, bookmarks]);

  const toggleQuote = useCallback(
    async (quoteId: string) => {
      const quote = article.quotes.find((q) => q.id === quoteId);
      if (!quote) return;
      const { quoteLabel } = await import('./bookmark-label.ts');
      toggleBookmark(
        makeBookmark({
          kind: 'quote',
          ...articleTarget(article, origin),
          ...quoteView(quote.id, quote.paragraphId),
          paragraphId: quote.paragraphId,
          label: quoteLabel(quote.text),
          title: article.title,
        }),
      );
    },
    [article, origin],
  );

  return { bookmarkedQuoteIds, toggleQuote };
}
