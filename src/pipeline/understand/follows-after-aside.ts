import { sentenceAt, type Discourse } from './discourse.ts';
import type { QuotePart } from './find-quote-spans.ts';
import { mentionsWithin } from './mention-lookup.ts';

/**
 * "“…,” says Ana Ruiz, Tom Bell’s sister, who runs the bar. “…”": the cue names the previous
 * speaker and describes her through someone else's possessive. That possessor is part of the
 * apposition, not a new speaker, so the next quotation in the paragraph still continues hers; so
 * is a name inside a relative clause on the speaker ("who runs it with her brother, Tom"). Only
 * when the possessor sits in the cue's own sentence and the speaker is named there too; a new
 * sentence naming someone ("Bell’s lawyer disagreed.") is left to the other rules.
 */
/** A relative clause opened right after the speaker's name and not closed before the other name. */
const RELATIVE_OPEN = /^,\s+(?:who|whose)\b[^.;:“”"]*$/u;

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
  const own = between.find((m) => m.entityId === previous.speaker && m.end <= cue.end);
  // "said Ana Ruiz, who runs the bar with her brother, Tom.": a name inside a relative clause on
  // the speaker describes her, like a possessor does.
  const described = (m: { start: number }) =>
    !!own && m.start > own.end && RELATIVE_OPEN.test(text.slice(own.end, m.start));
  return (
    others.length > 0 &&
    !!own &&
    others.every(
      (m) =>
        m.end <= cue.end && (/^['’](?:s\b|\s)/u.test(text.slice(m.end, m.end + 3)) || described(m)),
    )
  );
}
