import type { Article } from '../../../shared/article-schema.ts';
import type { LensState } from '../../lens/lens-state.ts';
import { paragraphLabel } from './paragraph-label.ts';

// Labels are only needed when a bookmark is made: this module loads on that first click.

/** “No, President Trump, sovereignty…”: whole words, enough to recognise a quote in a list. */
export function quoteLabel(text: string): string {
  const full = text.trim().replace(/[\s,;:]+$/, '');
  if (full.length <= 32) return `Quote: “${full}”`;
  let cut = '';
  for (const word of full.split(/\s+/)) {
    if (cut && cut.length + 1 + word.length > 32) break;
    cut = cut ? `${cut} ${word}` : word.slice(0, 32);
  }
  return `Quote: “${cut.replace(/[,;:—–-]+$/, '')}…”`;
}

/**
 * The default name of a saved view, from what makes it that view: the lens ("Lens: Claudia
 * Sheinbaum"), a selected quote or date, else the paragraph that was in view.
 */
export function viewLabel(article: Article, lens: LensState, paragraphId: string | null): string {
  const parts: string[] = [];
  if (lens.entityIds.length > 0) {
    const names = lens.entityIds.map((id) => article.entities.find((e) => e.id === id)?.name ?? id);
    parts.push(`Lens: ${names.join(lens.match === 'any' ? ' or ' : ' and ')}`);
  }
  const quote = lens.quoteId && article.quotes.find((q) => q.id === lens.quoteId);
  if (quote) parts.push(quoteLabel(quote.text));
  const date = lens.dateId && article.dates.find((d) => d.id === lens.dateId);
  if (date) parts.push(`Date: ${date.text}`);
  if (parts.length > 0) return parts.join(' · ');
  return paragraphId ? paragraphLabel(article, paragraphId) : 'Start of the article';
}
