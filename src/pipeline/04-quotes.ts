import type { Quote } from '../shared/article-schema.ts';
import type { Segmented } from './02-segment.ts';
import { cueAfter } from './understand/cue-after.ts';
import { cueBefore } from './understand/cue-before.ts';
import { describedAfter } from './understand/described-after.ts';
import { orgsByHead, type Discourse } from './understand/discourse.ts';
import type { EntityIndex } from './understand/entity-index.ts';
import { findQuoteSpans } from './understand/find-quote-spans.ts';
import { followsAfterAside } from './understand/follows-after-aside.ts';
import { followsDirectly } from './understand/follows-directly.ts';
import { introducedBefore } from './understand/introduced-before.ts';
import { mentionsWithin, uniqueIds } from './understand/mention-lookup.ts';
import { narratedBefore } from './understand/narrated-before.ts';

/**
 * Stage 4: direct quotations and who said them, as an ordered sieve (after Muzny et al. 2017):
 * 1. the words right after the closing mark ("…,” said Ana Ruiz" / "…,” she added");
 * 2. the clause before the opening mark ("Ruiz told reporters: “…”", "called it “…”");
 * 3. a quotation with no cue of its own continues the previous speaker when it follows it directly,
 *    or belongs to whoever the narrative just before it was about, unless the next sentence
 *    describes it as shown rather than spoken ("“…?” The question was painted on a sheet").
 * When nothing fits, the speaker stays null: a wrong name is worse than none.
 */
export function extractQuotes(segmented: Segmented, index: EntityIndex): Quote[] {
  const texts = segmented.paragraphs.map((p) => p.text);
  const spans = findQuoteSpans(texts);
  const quoted = texts.map((): { start: number; end: number }[] => []);
  for (const q of spans)
    for (const p of q.parts) quoted[p.paragraph]!.push({ start: p.start, end: p.end });
  const d: Discourse = {
    texts,
    sentences: index.sentencesByParagraph,
    mentions: index.mentionsByParagraph,
    facts: index.facts,
    quoted,
    orgByHead: orgsByHead(index.facts),
  };

  const quotes: Quote[] = [];
  let previous: { speaker: string | null; paragraph: number; end: number } | null = null;
  spans.forEach((span, i) => {
    const first = span.parts[0]!;
    const last = span.parts[span.parts.length - 1]!;
    const lastSpeaker = previous?.speaker ?? null;
    let found = cueAfter(d, last, lastSpeaker) ?? cueBefore(d, first, spans[i - 1], lastSpeaker);
    // Words the next sentence describes as shown, not spoken ("The question was painted …").
    const shown = !found && describedAfter(d, last);
    if (
      !found &&
      !shown &&
      previous?.speaker &&
      (followsDirectly(d, previous, first) || followsAfterAside(d, previous, first))
    ) {
      found = { speaker: { id: previous.speaker, attribution: 'continuation' }, cue: null };
    }
    if (!shown) found ??= narratedBefore(d, first, lastSpeaker) ?? introducedBefore(d, first, last);
    const speaker = found?.speaker ?? { id: null, attribution: 'none' as const };
    const mentionIds = uniqueIds(
      span.parts.flatMap((p) => mentionsWithin(d.mentions[p.paragraph]!, p.start, p.end)),
    );
    quotes.push({
      id: `q${quotes.length + 1}`,
      paragraphId: segmented.paragraphs[first.paragraph]!.id,
      start: first.start,
      end: first.end,
      text: span.text,
      speakerId: speaker.id,
      cue: found?.cue ?? null,
      attribution: speaker.id ? speaker.attribution : 'none',
      continuations: span.parts.slice(1).map((p) => ({
        paragraphId: segmented.paragraphs[p.paragraph]!.id,
        start: p.start,
        end: p.end,
      })),
      mentionIds,
    });
    previous = { speaker: speaker.id, paragraph: last.paragraph, end: last.close ?? last.end };
  });
  return quotes;
}
