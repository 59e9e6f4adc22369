import { sentenceAt, type Discourse } from './discourse.ts';
import type { QuotePart } from './find-quote-spans.ts';
import { mentionsWithin } from './mention-lookup.ts';

/**
 * "“…,” says Ana Ruiz, Tom Bell’s sister, who runs the bar. “…”": the cue names the previous
 * speaker and describes her through someone else's possessive. That possessor is part of the
 * apposition, not a new speaker, so the next quotation in the paragraph still continues hers. Only
 * when the possessor sits in the cue's own sentence and the speaker is named there too; a new
 * sentence naming someone ("Bell’s lawyer disagreed.") is left to the other rules.
 */
export function followsAfterAside(
  d: Discourse,
  previous: { speaker: string | null; paragraph: number; end: number },
  first: QuotePart,
): boolean {
  if (!previous.speaker || previous.paragraph !== first.paragraph) return false;
  const p = first.paragraph;
  const text = d.texts[p]!;
  const spans = d.sentences[p] ?? [];
  const cue = spans[sentenceAt(spans, previous.end)];
  if (!cue || cue.end > first.open) return false;
  const between = mentionsWithin(d.mentions[p]!, previous.end + 1, first.open);
  const others = between.filter((m) => m.type === 'person' && m.entityId !== previous.speaker);
  return (
    others.length > 0 &&
    between.some((m) => m.entityId === previous.speaker && m.end <= cue.end) &&
    others.every((m) => m.end <= cue.end && /^['’](?:s\b|\s)/u.test(text.slice(m.end, m.end + 3)))
  );
}
