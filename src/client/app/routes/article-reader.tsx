import { useCallback, useMemo, useState, lazy, Suspense, type ReactNode } from 'react';
import type { Article } from '../../../shared/article-schema.ts';
import { progressKey, type ArticleOrigin } from '../paths.ts';
import { BookmarkViewButton } from '../../features/bookmarks/bookmark-view-button.tsx';
import { ParagraphBookmarkControl } from '../../features/bookmarks/paragraph-bookmark-control.tsx';
import { useQuoteBookmarks } from '../../features/bookmarks/use-quote-bookmarks.ts';
import { PanelBoundary } from '../../components/panel-boundary.tsx';
import { EntityPanel } from '../../features/entities/entity-panel.tsx';
import { QuoteSidebar } from '../../features/quotes/quote-sidebar.tsx';
import { ArticleBody } from '../../features/reader/article-body.tsx';
import { ArticleFigure } from '../../features/reader/article-figure.tsx';
import { ArticleHeader } from '../../features/reader/article-header.tsx';
import { LensBar } from '../../features/reader/lens-bar.tsx';
import { ResumeOffer } from '../../features/reader/resume-offer.tsx';
import { useReaderShortcuts } from '../../features/reader/use-reader-shortcuts.ts';
import { useReadingPosition } from '../../features/reader/use-reading-position.ts';
import { useRestoreParagraph } from '../../features/reader/use-restore-paragraph.ts';
import { Timeline } from '../../features/timeline/timeline.tsx';
import { buildArticleViewModel, selectedSpans } from '../../lens/article-view-model.ts';
import { matchesLens } from '../../lens/lens-match.ts';
import { useLensState } from '../../lens/use-lens-state.ts';
import { dateItemsFor, quoteItemsFor, validLens } from './article-view-items.ts';
import { useSettings } from '../../storage/settings-store.ts';

// The shortcuts list is rarely opened: its code loads on the first "?" or click.
const ShortcutsDialog = lazy(async () => ({
  default: (await import('../../features/reader/shortcuts-dialog.tsx')).ShortcutsDialog,
}));
type Props = {
  article: Article;
  origin: ArticleOrigin;
  /** More controls beside "Bookmark", for what only some articles offer (delete, download). */
  tools?: ReactNode;
  /** A line above the headline saying where the article comes from, when that needs saying. */
  provenance?: ReactNode;
};

/**
 * The reading view: the article's text with its entities, the quote sidebar and the timeline,
 * all filtered by the lens in the URL. Ids in the URL that the article does not have are
 * ignored with a short notice, never a crash. The same view for library articles and the
 * reader's own; `origin` keeps their bookmarks and reading positions apart.
 */
export function ArticleReader({ article, origin, tools, provenance }: Props) {
  const readingKey = progressKey(origin, article.slug);
  const model = useMemo(() => buildArticleViewModel(article), [article]);
  const [urlState, actions] = useLensState();
  const [helpOpen, setHelpOpen] = useState(false);
  const settings = useSettings();
  const position = useReadingPosition(readingKey, article.paragraphs);
  const { bookmarkedQuoteIds, toggleQuote } = useQuoteBookmarks(article, origin);
  useRestoreParagraph();

  const { lens, unknown } = useMemo(() => validLens(urlState, model), [urlState, model]);
  const lensEntities = lens.entityIds.map((id) => model.entitiesById.get(id)!);
  const lensNames = lensEntities.map((e) => e.name);
  const lensOn = lens.entityIds.length > 0;

  const inLens = useMemo(() => {
    if (!lensOn) return null;
    const ids = article.paragraphs
      .filter((p) => matchesLens(model.paragraphEntities.get(p.id)!, lens.entityIds, lens.match))
      .map((p) => p.id);
    return new Set(ids);
  }, [article.paragraphs, lens.entityIds, lens.match, lensOn, model]);

  const quoteItems = useMemo(
    () => quoteItemsFor(article, model, lens, actions),
    [article, model, lens, actions],
  );
  const dateItems = useMemo(
    () => dateItemsFor(article, model, lens, actions),
    [article, model, lens, actions],
  );
  const selection = useMemo(
    () => selectedSpans(model, lens.quoteId, lens.dateId),
    [model, lens.quoteId, lens.dateId],
  );

  const onMention = useCallback(
    (id: string, add: boolean) => (add ? actions.toggleEntity(id) : actions.focusEntity(id)),
    [actions],
  );
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useReaderShortcuts({
    enabled: settings.shortcuts,
    lensOn,
    onClearLens: actions.clearLens,
    onHelp: openHelp,
  });

  const announcement = lensOn
    ? `Lens on ${lensNames.join(lens.match === 'all' ? ' and ' : ' or ')}: ${inLens!.size} of ${article.paragraphs.length} paragraphs, ${quoteItems.length} ${quoteItems.length === 1 ? 'quote' : 'quotes'}, ${dateItems.length} ${dateItems.length === 1 ? 'date' : 'dates'}.`
    : '';

  return (
    <div className="reader-layout" data-lens={lensOn ? 'on' : 'off'}>
      <title>{`${article.title} · Lede`}</title>
      <article className="reader" aria-labelledby="article-title">
        {provenance}
        <ArticleHeader article={article} />
        <div className="reader-tools">
          <BookmarkViewButton
            article={article}
            origin={origin}
            lens={lens}
            paragraphReached={position.reached}
          />
          <button type="button" className="link-button" onClick={openHelp}>
            Keyboard shortcuts
          </button>
          {tools}
        </div>
        <ResumeOffer key={readingKey} readingKey={readingKey} paragraphs={article.paragraphs} />
        <nav aria-label="Article panels">
          <ul className="panel-jumps">
            <li>
              <a href="#entities-title">Entities ({article.entities.length})</a>
            </li>
            <li>
              <a href="#quotes-title">Quotes ({quoteItems.length})</a>
            </li>
            <li>
              <a href="#timeline-title">Timeline ({dateItems.length})</a>
            </li>
          </ul>
        </nav>
        {unknown.length > 0 && (
          <p className="notice" role="note">
            {unknown.join(' ')} Showing the article without {unknown.length === 1 ? 'it' : 'them'}.
          </p>
        )}
        <LensBar
          lens={lensEntities}
          match={lens.match}
          hideOthers={lens.hideOthers}
          paragraphsIn={inLens?.size ?? 0}
          paragraphsTotal={article.paragraphs.length}
          onRemove={actions.toggleEntity}
          onMatch={actions.setMatch}
          onHideOthers={actions.setHideOthers}
          onClear={actions.clearLens}
        />
        {article.image && <ArticleFigure image={article.image} />}
        <div className="reader-body-frame">
          <ArticleBody
            paragraphs={article.paragraphs}
            model={model}
            lensIds={lens.entityIds}
            inLens={inLens}
            hideOthers={lens.hideOthers}
            selection={selection}
            onMention={onMention}
          />
          <ParagraphBookmarkControl article={article} origin={origin} position={position} />
        </div>
      </article>
      <div className="reader-rail">
        <PanelBoundary name="Entities">
          <EntityPanel
            entities={article.entities}
            activeIds={lens.entityIds}
            onToggle={actions.toggleEntity}
          />
        </PanelBoundary>
        <PanelBoundary name="Timeline">
          <Timeline items={dateItems} total={article.dates.length} lensNames={lensNames} />
        </PanelBoundary>
      </div>
      <div className="reader-aside">
        <PanelBoundary name="Quotes">
          <QuoteSidebar
            items={quoteItems}
            total={article.quotes.length}
            lensNames={lensNames}
            entitiesById={model.entitiesById}
            onSpeaker={actions.focusEntity}
            bookmarkedIds={bookmarkedQuoteIds}
            onBookmark={toggleQuote}
          />
        </PanelBoundary>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
