import type { Discourse } from './discourse.ts';
import type { QuotePart } from './find-quote-spans.ts';
import { mentionsWithin } from './mention-lookup.ts';

/** The previous quotation ended in this paragraph, or ended the previous one and this one opens. */
export function followsDirectly(
  d: Discourse,
  previous: { speaker: string | null; paragraph: number; end: number },
  first: QuotePart,
): boolean {
  const text = d.texts[first.paragraph]!;
  if (previous.paragraph === first.paragraph) {
    // Nobody but the previous speaker is named between the two quotations.
    return !mentionsWithin(d.mentions[first.paragraph]!, previous.end + 1, first.open).some(
      (m) => m.type === 'person' && m.entityId !== previous.speaker,
    );
  }
  return previous.paragraph === first.paragraph - 1 && text.slice(0, first.open).trim() === '';
}
