/**
 * Bring a paragraph to the top of the view and give it focus, so keyboard and screen reader users
 * continue from there. Smooth only when asked and when the reader does not prefer reduced motion.
 */
export function scrollToParagraph(id: string, { smooth = false } = {}): boolean {
  const paragraph = document.getElementById(id);
  if (!paragraph) return false;
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  paragraph.scrollIntoView?.({ block: 'start', behavior: smooth && !reduced ? 'smooth' : 'auto' });
  paragraph.focus({ preventScroll: true });
  return true;
}
