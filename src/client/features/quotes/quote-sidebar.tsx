import { Link } from 'react-router';
import type { Entity, Quote } from '../../../shared/article-schema.ts';
import { entityLabel } from '../../lens/entity-label.ts';

export type QuoteItem = {
  quote: Quote;
  /** Under a lens: a lens entity said it ("Said by Ana Ruiz") or is mentioned in it. */
  relation: { kind: 'said' | 'mentioned'; label: string } | null;
  href: string;
  selected: boolean;
};

type Props = {
  items: QuoteItem[];
  total: number;
  lensNames: string[];
  entitiesById: Map<string, Entity>;
  onSpeaker: (entityId: string) => void;
  /** Quotes that are bookmarked, and a toggle: the card's "Bookmark quote" button. */
  bookmarkedIds?: ReadonlySet<string>;
  onBookmark?: (quoteId: string) => void;
};

/** Who said what: one card per quote, its speaker a button to their lens, a link into the text. */
export function QuoteSidebar({
  items,
  total,
  lensNames,
  entitiesById,
  onSpeaker,
  bookmarkedIds,
  onBookmark,
}: Props) {
  return (
    <aside className="panel quote-sidebar" aria-labelledby="quotes-title">
      <h2 id="quotes-title">Quotes</h2>
      {lensNames.length > 0 && total > 0 && (
        <p className="panel-note">
          {items.length} of {total} {total === 1 ? 'quote involves' : 'quotes involve'}{' '}
          {lensNames.join(' and ')}
        </p>
      )}
      {items.length === 0 ? (
        <p className="panel-empty">
          {total === 0 ? 'This article has no direct quotes.' : 'No quotes involve this lens.'}
        </p>
      ) : (
        <ol className="quote-list" aria-labelledby="quotes-title">
          {items.map(({ quote, relation, href, selected }) => {
            const speaker = quote.speakerId ? entitiesById.get(quote.speakerId) : undefined;
            return (
              <li
                key={quote.id}
                className="quote-card"
                data-selected={selected || undefined}
                aria-current={selected || undefined}
              >
                {relation && (
                  <p className={`quote-relation relation-${relation.kind}`}>{relation.label}</p>
                )}
                <blockquote id={`quote-text-${quote.id}`}>
                  <p>“{quote.text}”</p>
                </blockquote>
                <p className="quote-meta">
                  {speaker ? (
                    <button
                      type="button"
                      className="speaker"
                      data-type={speaker.type}
                      onClick={() => onSpeaker(speaker.id)}
                      aria-label={entityLabel(speaker)}
                    >
                      {speaker.name}
                    </button>
                  ) : (
                    <span className="speaker unknown">Unknown speaker</span>
                  )}
                  {quote.cue && <span className="quote-cue">{quote.cue}</span>}
                  <Link
                    to={href}
                    className="in-text"
                    preventScrollReset
                    aria-label={`In text: quote ${quote.id.slice(1)}`}
                  >
                    In text
                  </Link>
                  {onBookmark && (
                    <button
                      type="button"
                      className="quote-bookmark"
                      aria-pressed={bookmarkedIds?.has(quote.id) ?? false}
                      aria-label="Bookmark quote"
                      aria-describedby={`quote-text-${quote.id}`}
                      title="Bookmark quote"
                      onClick={() => onBookmark(quote.id)}
                    >
                      <svg viewBox="0 0 12 16" aria-hidden="true" className="bookmark-icon">
                        <path d="M1 1h10v14l-5-4-5 4z" />
                      </svg>
                    </button>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
