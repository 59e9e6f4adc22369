import type { Discourse } from './discourse.ts';
import type { QuotePart } from './find-quote-spans.ts';

/** Nouns for words shown rather than spoken: a sign, a banner, a slogan, "the question". */
const DISPLAYED_WORDS =
  /^[\s.!?]*(?:The|This|That|These|Those|(?:That|This|It)\s+(?:was|is|has\s+been|became)\s+(?:the|a|an)(?:\s+\p{Ll}+)?)\s+(?:question|questions|words|word|message|messages|slogan|slogans|sign|signs|banner|banners|placard|placards|phrase|line|lines|refrain|chant|graffiti|motto|inscription|caption|headline|note|notice|poster|posters|lettering)\b/u;

/**
 * "“Where were the sirens?” The question was painted on a bedsheet …", "“…” That was the refrain
 * in the village": the next sentence takes
 * the quotation as its subject and tells where it was written or shown. Nobody in the story is
 * said to speak it, so it neither continues the previous speaker nor goes to the narrative's.
 */
export function describedAfter(d: Discourse, last: QuotePart): boolean {
  if (last.close === null) return false;
  const text = d.texts[last.paragraph]!;
  return DISPLAYED_WORDS.test(text.slice(last.close + 1, last.close + 80));
}
