import { Fragment, memo, useMemo } from 'react';
import type { Entity, Paragraph } from '../../../shared/article-schema.ts';
import { highlightSegments } from '../../../shared/highlight-segments.ts';
import type { MentionSpan } from '../../lens/article-view-model.ts';
import { entityLabel } from '../../lens/entity-label.ts';

export type ParagraphLens = 'none' | 'in' | 'out';

type Props = {
  paragraph: Paragraph;
  mentions: MentionSpan[];
  entitiesById: Map<string, Entity>;
  /** Space-separated ids of lens entities mentioned here: a string keeps memo comparisons cheap. */
  activeKey: string;
  /** "start-end start-end" of the selected quote or date sentence in this paragraph. */
  selectionKey: string;
  lens: ParagraphLens;
};

/**
 * One paragraph with its mentions as buttons (role=button, reached by `]`/`[` or a click).
 * Memoised on primitive props so a lens change re-renders only the paragraphs whose state
 * changed; the segments are computed once per paragraph and selection, not on every lens change. Text is rendered as React text nodes:
 * whatever the article says, nothing in it is ever parsed as HTML.
 */
export const ParagraphText = memo(function ParagraphText({
  paragraph,
  mentions,
  entitiesById,
  activeKey,
  selectionKey,
  lens,
}: Props) {
  const active = new Set(activeKey.split(' ').filter(Boolean));
  const segments = useMemo(() => {
    const selections = selectionKey
      .split(' ')
      .filter(Boolean)
      .map((pair, i) => {
        const [start, end] = pair.split('-').map(Number);
        return { id: `selection:${i}`, entityId: '', start: start!, end: end! };
      });
    return highlightSegments(paragraph.text, [...mentions, ...selections]);
  }, [paragraph.text, mentions, selectionKey]);
  const children = segments.map((segment) => {
    const mentionSpans = segment.spans.filter((s) => s.entityId !== '');
    const selected = segment.spans.length > mentionSpans.length;
    const inner = mentionSpans[mentionSpans.length - 1];
    const outer = mentionSpans.length > 1 ? mentionSpans[0] : undefined;
    const entity = inner ? entitiesById.get(inner.entityId) : undefined;
    let content: React.ReactNode = segment.text;
    if (entity) {
      const isActive = active.has(entity.id) || (outer !== undefined && active.has(outer.entityId));
      // An inline span, not a <button>: buttons are inline-blocks, which would keep long names
      // from wrapping and swallow the spaces at a nested name's edges.
      content = (
        <span
          role="button"
          className="mention"
          data-entity={entity.id}
          data-type={entity.type}
          data-outer-type={outer ? entitiesById.get(outer.entityId)?.type : undefined}
          data-active={isActive || undefined}
          aria-pressed={active.has(entity.id)}
          aria-label={entityLabel(entity)}
          tabIndex={-1}
        >
          {segment.text}
        </span>
      );
    }
    if (selected) content = <mark className="selected-sentence">{content}</mark>;
    // A fragment, not a wrapper: thousands of extra spans would slow the first render.
    return <Fragment key={segment.start}>{content}</Fragment>;
  });
  const props = { id: paragraph.id, 'data-lens': lens, tabIndex: -1 } as const;
  return paragraph.kind === 'heading' ? (
    <h2 {...props}>{children}</h2>
  ) : (
    <p {...props}>{children}</p>
  );
});
