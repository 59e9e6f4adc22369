import type { Article, DateMention, Entity, Quote, TextSpan } from '../../shared/article-schema.ts';

export type MentionSpan = { id: string; entityId: string; start: number; end: number };

/**
 * Lookups the reading view needs, computed once per article: which entities each paragraph,
 * quote and date involves, the mentions of each paragraph, and entities by id.
 */
export type ArticleViewModel = {
  entitiesById: Map<string, Entity>;
  mentionsByParagraph: Map<string, MentionSpan[]>;
  paragraphEntities: Map<string, Set<string>>;
  quoteEntities: Map<string, Set<string>>;
  dateEntities: Map<string, Set<string>>;
  quotesById: Map<string, Quote>;
  datesById: Map<string, DateMention>;
};

export function buildArticleViewModel(article: Article): ArticleViewModel {
  const entitiesById = new Map(article.entities.map((e) => [e.id, e]));
  const mentionsByParagraph = new Map<string, MentionSpan[]>();
  const paragraphEntities = new Map<string, Set<string>>(
    article.paragraphs.map((p) => [p.id, new Set()]),
  );
  for (const entity of article.entities) {
    entity.mentions.forEach((m, i) => {
      const list = mentionsByParagraph.get(m.paragraphId) ?? [];
      list.push({ id: `${entity.id}:${i}`, entityId: entity.id, start: m.start, end: m.end });
      mentionsByParagraph.set(m.paragraphId, list);
      paragraphEntities.get(m.paragraphId)?.add(entity.id);
    });
  }
  const quoteEntities = new Map(
    article.quotes.map((q) => [
      q.id,
      new Set([...(q.speakerId ? [q.speakerId] : []), ...q.mentionIds]),
    ]),
  );
  const dateEntities = new Map(article.dates.map((d) => [d.id, new Set(d.entityIds)]));
  return {
    entitiesById,
    mentionsByParagraph,
    paragraphEntities,
    quoteEntities,
    dateEntities,
    quotesById: new Map(article.quotes.map((q) => [q.id, q])),
    datesById: new Map(article.dates.map((d) => [d.id, d])),
  };
}

/** The text a selected quote (all its parts) or date (its whole sentence) points at. */
export function selectedSpans(
  model: ArticleViewModel,
  quoteId: string | null,
  dateId: string | null,
): TextSpan[] {
  const quote = quoteId ? model.quotesById.get(quoteId) : undefined;
  if (quote)
    return [
      { paragraphId: quote.paragraphId, start: quote.start, end: quote.end },
      ...quote.continuations,
    ];
  const date = dateId ? model.datesById.get(dateId) : undefined;
  return date ? [date.sentence] : [];
}
