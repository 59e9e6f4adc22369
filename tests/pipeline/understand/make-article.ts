import type { Segmented } from '../../../src/pipeline/02-segment.ts';
import { understandArticle } from '../../../src/pipeline/understand-article.ts';

/** A segmented article from plain paragraphs, so stage tests need no page furniture. */
export function segmented(paragraphs: string[], extra: Partial<Segmented> = {}): Segmented {
  return {
    title: 'Test article',
    source: { name: null, section: null },
    byline: null,
    publishedAt: null,
    image: null,
    paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, kind: 'text' as const, text })),
    removed: [],
    ...extra,
  };
}

export function understand(
  paragraphs: string[],
  anchorDate: string | null,
  extra: Partial<Segmented> = {},
) {
  return understandArticle(segmented(paragraphs, extra), { anchorDate });
}

/** The dates found in one paragraph, as [surface text, TIMEX value] pairs. */
export const datesOf = (text: string, anchor: string | null) =>
  understand([text], anchor).dates.map((d) => [d.text, d.value]);

/** The canonical name of whoever said the quote that starts with `quoteStart`, or null. */
export function speakerOf(paragraphs: string[], quoteStart: string, anchor = '2025-06-10') {
  const u = understand(paragraphs, anchor);
  const q = u.quotes.find((x) => x.text.startsWith(quoteStart));
  return u.entities.find((e) => e.id === q?.speakerId)?.name ?? null;
}

/** The entities of invented paragraphs (a Title-Case title, so the headline adds none). */
export const entitiesOf = (paragraphs: string[], title = 'Test article') =>
  understand(paragraphs, '2025-06-10', { title }).entities;

/** Each entity as [name, type, ...aliases]. */
export const summaryOf = (paragraphs: string[], title?: string) =>
  entitiesOf(paragraphs, title).map((e) => [e.name, e.type, ...e.aliases]);

export const namesOf = (paragraphs: string[]) => entitiesOf(paragraphs).map((e) => e.name);

/** The type of the entity with this canonical name, or null when there is none. */
export const typeOf = (paragraphs: string[], name: string) =>
  entitiesOf(paragraphs).find((e) => e.name === name)?.type ?? null;
