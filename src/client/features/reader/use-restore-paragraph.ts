import { useEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import type { ArticleLinkState } from '../../app/paths.ts';
import { scrollToParagraph } from './scroll-to-paragraph.ts';

/**
 * A link may carry the paragraph to return to (a bookmarked view whose URL has no #hash). Only
 * on arrival (a push): on reload or back, the browser's own scroll restoration is right.
 */
export function useRestoreParagraph(): void {
  const { hash, state, key } = useLocation();
  const type = useNavigationType();
  const paragraphId = (state as ArticleLinkState | null)?.paragraphId;
  const target = !hash && type === 'PUSH' && typeof paragraphId === 'string' ? paragraphId : null;
  useEffect(() => {
    if (target) scrollToParagraph(target);
  }, [key, target]);
}
