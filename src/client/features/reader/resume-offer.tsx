import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';
import type { Paragraph } from '../../../shared/article-schema.ts';
import { useHydrated } from '../../app/use-hydrated.ts';
import { useProgress } from '../../storage/progress-store.ts';
import { useStore } from '../../storage/use-store.ts';
import type { Progress } from '../../storage/store-schema.ts';
import { scrollToParagraph } from './scroll-to-paragraph.ts';

/** `readingKey`: where the article's reading position is stored (paths.ts progressKey). */
type Props = { readingKey: string; paragraphs: Paragraph[] };

/**
 * "Resume at paragraph N" when the reader was further than the start last time. The position is
 * taken once, as the page opens (render with `key={readingKey}`), since reading now moves it; and only
 * once hydrated and storage has been read, since prerendered HTML knows no storage. Not offered when the link itself says
 * where to go (a #paragraph, or a bookmark's paragraph).
 */
export function ResumeOffer({ readingKey, paragraphs }: Props) {
  const hydrated = useHydrated();
  const loaded = useStore((s) => s.loaded);
  const live = useProgress(readingKey);
  const [opened, setOpened] = useState<{ saved: Progress | undefined } | null>(null);
  if (hydrated && loaded && opened === null) setOpened({ saved: live });
  const saved = opened?.saved;
  const [closed, setClosed] = useState(false);
  const { hash, state } = useLocation();
  const index = saved ? paragraphs.findIndex((p) => p.id === saved.paragraphId) : -1;
  const goesElsewhere = hash !== '' || (state as { paragraphId?: unknown } | null)?.paragraphId;
  if (closed || !saved || index <= 0 || goesElsewhere) return null;
  const n = index + 1;

  const resume = () => {
    // Remove the offer first, so the text does not move up under the reader after the scroll.
    flushSync(() => setClosed(true));
    scrollToParagraph(saved.paragraphId, { smooth: true });
  };
  return (
    <section className="resume-offer" aria-label="Resume reading">
      <p>
        You were reading paragraph {n} of {paragraphs.length}.
      </p>
      <button type="button" className="tool-button" onClick={resume}>
        Resume at paragraph {n}
      </button>
      <button type="button" className="link-button" onClick={() => setClosed(true)}>
        Dismiss
      </button>
    </section>
  );
}
