import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { Paragraph, TextSpan } from '../../../shared/article-schema.ts';
import type { ArticleViewModel } from '../../lens/article-view-model.ts';
import { ParagraphText, type ParagraphLens } from './paragraph-text.tsx';

const NO_MENTIONS: never[] = [];

type Props = {
  paragraphs: Paragraph[];
  model: ArticleViewModel;
  lensIds: string[];
  /** Paragraph ids inside the lens; null when no lens is on. */
  inLens: Set<string> | null;
  hideOthers: boolean;
  selection: TextSpan[];
  /** Click on a mention: `add` when a modifier key asks to combine lenses. */
  onMention: (entityId: string, add: boolean) => void;
};

/**
 * The article text. Clicks on mentions are handled once, here, by delegation. When a quote or
 * date is selected, its sentence is scrolled into view, marked and given focus.
 */
export function ArticleBody({
  paragraphs,
  model,
  lensIds,
  inLens,
  hideOthers,
  selection,
  onMention,
}: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const selectionKey = selection.map((s) => `${s.paragraphId}:${s.start}-${s.end}`).join(' ');

  useEffect(() => {
    if (!selectionKey) return;
    const mark = bodyRef.current?.querySelector('.selected-sentence');
    const paragraph = mark?.closest<HTMLElement>('p, h2');
    if (!mark || !paragraph) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    mark.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    paragraph.focus({ preventScroll: true });
  }, [selectionKey]);

  const mentionAt = (target: EventTarget) =>
    (target as Element).closest<HTMLElement>('[data-entity]')?.dataset.entity;
  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    const entity = mentionAt(event.target);
    if (entity) onMention(entity, event.shiftKey || event.ctrlKey || event.metaKey);
  };
  // Mentions are role=button spans: Enter and Space activate them, as they would a button.
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entity = mentionAt(event.target);
    if (!entity || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    onMention(entity, event.shiftKey);
  };

  return (
    // Clicks are delegated from the mention buttons inside; the div itself is not interactive.
    <div
      className="reader-body"
      ref={bodyRef}
      onClick={handleClick}
      onKeyDown={handleKeyDown}
      data-others={hideOthers ? 'hide' : 'dim'}
    >
      {paragraphs.map((p) => {
        const present = model.paragraphEntities.get(p.id);
        const lens: ParagraphLens = inLens === null ? 'none' : inLens.has(p.id) ? 'in' : 'out';
        return (
          <ParagraphText
            key={p.id}
            paragraph={p}
            mentions={model.mentionsByParagraph.get(p.id) ?? NO_MENTIONS}
            entitiesById={model.entitiesById}
            activeKey={lensIds.filter((id) => present?.has(id)).join(' ')}
            selectionKey={selection
              .filter((s) => s.paragraphId === p.id)
              .map((s) => `${s.start}-${s.end}`)
              .join(' ')}
            lens={lens}
          />
        );
      })}
    </div>
  );
}
