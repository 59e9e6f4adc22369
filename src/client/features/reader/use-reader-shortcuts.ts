import { useEffect } from 'react';

type Handlers = {
  enabled: boolean;
  lensOn: boolean;
  onClearLens: () => void;
  onHelp: () => void;
};

/** Keys typed into a form control are text, not commands. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * `]` / `[`: next / previous mention of the lens; `?`: the list of shortcuts; Escape: clear the
 * lens. The single-key ones can be switched off (WCAG 2.1.4); Escape always works.
 */
export function useReaderShortcuts({ enabled, lensOn, onClearLens, onHelp }: Handlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        isTyping(event.target)
      )
        return;
      if (event.key === 'Escape') {
        if (lensOn && !document.querySelector('dialog[open]')) {
          event.preventDefault();
          onClearLens();
        }
        return;
      }
      if (!enabled) return;
      if (event.key === '?') {
        event.preventDefault();
        onHelp();
      } else if ((event.key === ']' || event.key === '[') && lensOn) {
        event.preventDefault();
        moveToMention(event.key === ']' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, lensOn, onClearLens, onHelp]);
}

/** Focus the next or previous lens mention after the focused one (or the first in view). */
function moveToMention(step: 1 | -1): void {
  const mentions = [
    ...document.querySelectorAll<HTMLElement>('.reader-body .mention[data-active]'),
  ].filter((el) => el.closest('[data-lens="out"]') === null);
  if (mentions.length === 0) return;
  const current = mentions.indexOf(document.activeElement as HTMLElement);
  let next: number;
  if (current >= 0) next = (current + step + mentions.length) % mentions.length;
  else {
    const firstBelow = mentions.findIndex((el) => el.getBoundingClientRect().top >= 0);
    next =
      step === 1 ? Math.max(0, firstBelow) : (firstBelow <= 0 ? mentions.length : firstBelow) - 1;
  }
  const target = mentions[next]!;
  target.focus({ preventScroll: true });
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  target.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
}
