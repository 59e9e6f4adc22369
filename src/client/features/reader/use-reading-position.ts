import { useEffect, useState } from 'react';
import type { Paragraph } from '../../../shared/article-schema.ts';
import { saveProgress } from '../../storage/progress-store.ts';

export type ReadingPosition = {
  /** The id of the paragraph being read, or null before the body is laid out. */
  get: () => string | null;
  /** The furthest paragraph read in this visit (the Bookmark button above the text needs it:
   *  reaching it scrolls the paragraph being read out of view). */
  reached: () => string | null;
  /** Whether a paragraph is on screen (always true where nothing is observed, as in tests). */
  isVisible: (id: string) => boolean;
  /** Called when the paragraph being read or the paragraphs on screen change. */
  subscribe: (listener: () => void) => () => void;
};

/** At most one write to storage per this many ms while the reader scrolls. */
const SAVE_EVERY_MS = 1000;

/**
 * Which paragraph the reader is on: the last one whose top has passed a reading line a third of
 * the way down the window (or, scrolled to the very end, the last one on screen). Watched with an
 * IntersectionObserver (no work per scroll event) and saved, throttled, as the article's reading
 * position, but only once the reader has scrolled: opening an article must not overwrite where
 * they were with paragraph 1 before they can choose to resume.
 */
export function useReadingPosition(readingKey: string, paragraphs: Paragraph[]): ReadingPosition {
  const [position] = useState(createPosition);

  useEffect(() => {
    const elements = paragraphs
      .map((p) => document.getElementById(p.id))
      .filter((el): el is HTMLElement => el !== null);
    if (elements.length === 0 || typeof IntersectionObserver === 'undefined') return;

    let scrolled = false;
    let saved = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // What is saved is the furthest paragraph reached in this visit: scrolling back up to the
    // site header to leave must not make "where I got to" paragraph 1.
    const save = () => {
      timer = undefined;
      const index = paragraphs.findIndex((p) => p.id === position.reached());
      if (index <= saved) return;
      saved = index;
      const paragraphId = paragraphs[index]!.id;
      saveProgress(readingKey, { paragraphId, position: index + 1, total: paragraphs.length });
    };
    const update = (entries: IntersectionObserverEntry[] = []) => {
      const id = paragraphAtReadingLine(elements);
      position.update(
        id,
        paragraphs.findIndex((p) => p.id === id),
        entries,
      );
      if (scrolled) timer ??= setTimeout(save, SAVE_EVERY_MS);
    };
    const observer = new IntersectionObserver(update, { threshold: [0, 0.5, 1] });
    elements.forEach((el) => observer.observe(el));
    const onScroll = () => {
      if (scrolled) return;
      scrolled = true;
      update();
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      observer.disconnect();
      position.stop();
      flush();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [readingKey, paragraphs, position]);

  return position;
}

function paragraphAtReadingLine(elements: HTMLElement[]): string | null {
  const line = window.innerHeight / 3;
  const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4;
  let current: string | null = null;
  for (const el of elements) {
    const { top, height } = el.getBoundingClientRect();
    if (height === 0) continue; // collapsed outside the lens
    if (top <= line || (atEnd && top < window.innerHeight)) current = el.id;
    else return current ?? el.id;
  }
  return current;
}

function createPosition() {
  let current: string | null = null;
  let reached: { id: string; index: number } | null = null;
  let observing = false;
  const visible = new Set<string>();
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    reached: () => reached?.id ?? current,
    isVisible: (id: string) => !observing || visible.has(id),
    update: (id: string | null, index: number, entries: IntersectionObserverEntry[]) => {
      observing = true;
      if (id && index > (reached?.index ?? -1)) reached = { id, index };
      for (const entry of entries)
        if (entry.isIntersecting) visible.add(entry.target.id);
        else visible.delete(entry.target.id);
      current = id;
      listeners.forEach((listener) => listener());
    },
    stop: () => {
      observing = false;
      reached = null;
      visible.clear();
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
