import type { Article } from '../../../shared/article-schema.ts';
import type { QuoteItem } from '../../features/quotes/quote-sidebar.tsx';
import { sentenceExcerpt } from '../../features/timeline/sentence-excerpt.ts';
import type { TimelineItem } from '../../features/timeline/timeline.tsx';
import type { ArticleViewModel } from '../../lens/article-view-model.ts';
import { matchesLens } from '../../lens/lens-match.ts';
import type { LensState } from '../../lens/lens-state.ts';
import type { LensActions } from '../../lens/use-lens-state.ts';

// What the reading view shows under a lens: the valid part of the URL's state, and the quote
// and timeline items that involve the lens, each with its link into the text.

/** Keep only ids this article has; describe the rest for a notice. */
export function validLens(
  state: LensState,
  model: ArticleViewModel,
): { lens: LensState; unknown: string[] } {
  const unknown: string[] = [];
  const entityIds = state.entityIds.filter((id) => {
    if (model.entitiesById.has(id)) return true;
    unknown.push(`This article has no entity “${id}”.`);
    return false;
  });
  let { quoteId, dateId } = state;
  if (quoteId && !model.quotesById.has(quoteId)) {
    unknown.push(`This article has no quote “${quoteId}”.`);
    quoteId = null;
  }
  if (dateId && !model.datesById.has(dateId)) {
    unknown.push(`This article has no date “${dateId}”.`);
    dateId = null;
  }
  return { lens: { ...state, entityIds, quoteId, dateId }, unknown };
}

export function quoteItemsFor(
  article: Article,
  model: ArticleViewModel,
  lens: LensState,
  actions: LensActions,
): QuoteItem[] {
  const names = (ids: string[]) =>
    ids.map((id) => model.entitiesById.get(id)?.name ?? id).join(' and ');
  return article.quotes
    .filter((q) => matchesLens(model.quoteEntities.get(q.id)!, lens.entityIds, lens.match))
    .map((quote) => {
      const said = quote.speakerId !== null && lens.entityIds.includes(quote.speakerId);
      const mentioned = lens.entityIds.filter(
        (id) => quote.mentionIds.includes(id) && id !== quote.speakerId,
      );
      const relation =
        lens.entityIds.length === 0
          ? null
          : said
            ? { kind: 'said' as const, label: `Said by ${names([quote.speakerId!])}` }
            : { kind: 'mentioned' as const, label: `Mentions ${names(mentioned)}` };
      return {
        quote,
        relation,
        href: actions.hrefForQuote(quote.id, quote.paragraphId),
        selected: quote.id === lens.quoteId,
      };
    });
}

export function dateItemsFor(
  article: Article,
  model: ArticleViewModel,
  lens: LensState,
  actions: LensActions,
): TimelineItem[] {
  const paragraphText = new Map(article.paragraphs.map((p) => [p.id, p.text]));
  return article.dates
    .filter((d) => matchesLens(model.dateEntities.get(d.id)!, lens.entityIds, lens.match))
    .map((date) => {
      const text = paragraphText.get(date.sentence.paragraphId) ?? '';
      const sentence = text.slice(date.sentence.start, date.sentence.end);
      const excerpt = sentenceExcerpt(
        sentence,
        date.start - date.sentence.start,
        date.end - date.sentence.start,
      );
      return {
        date,
        excerpt,
        href: actions.hrefForDate(date.id, date.paragraphId),
        selected: date.id === lens.dateId,
      };
    });
}
