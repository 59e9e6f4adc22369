import type { ExpectedQuote } from './expected.ts';
import { matchKey, namesOf } from './match-key.ts';
import type { Scores, Understood } from './scores.ts';

const words = (s: string) =>
  s
    .replace(/[“”"‘’']/g, "'")
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  const common = wa.filter((w) => wb.has(w)).length;
  return common / Math.max(wa.length, wb.size, 1);
}

/**
 * Quotes match by word overlap (at least half), so a quotation cut a word early or late still
 * counts; each matched quote's speaker is then checked by name. Adds to `s` in place.
 */
export function scoreQuotes(gold: ExpectedQuote[], article: Understood, s: Scores, log: string[]) {
  const used = new Set<number>();
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  gold.forEach((g) => {
    let best = -1;
    let bestScore = 0.5;
    article.quotes.forEach((q, i) => {
      const o = overlap(g.text, q.text);
      if (!used.has(i) && o >= bestScore) [best, bestScore] = [i, o];
    });
    if (best < 0) return void log.push(`  quote missed: “${g.text.slice(0, 70)}”`);
    used.add(best);
    s.quotes.tp++;
    const q = article.quotes[best]!;
    const speaker = q.speakerId ? byId.get(q.speakerId) : undefined;
    const right =
      (g.speaker === null && !speaker) ||
      (!!g.speaker && !!speaker && namesOf(speaker).has(matchKey(g.speaker)));
    s.speakers.total++;
    if (right) s.speakers.right++;
    else
      log.push(
        `  speaker wrong: “${g.text.slice(0, 40)}…” expected ${g.speaker}, got ${speaker?.name ?? 'null'} (${q.attribution}, cue ${q.cue})`,
      );
  });
  article.quotes.forEach((q, i) => {
    if (!used.has(i)) log.push(`  quote extra: “${q.text.slice(0, 70)}”`);
  });
  s.quotes.pred += article.quotes.length;
  s.quotes.gold += gold.length;
}
