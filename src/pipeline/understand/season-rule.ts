import { seasonValue } from './resolve-relative.ts';
import { year, type Rule } from './date-phrase.ts';

const SEASON: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/**
 * A season before one of these nouns names a kind of thing, not a time: "ran the winter roads",
 * "the Winter issue", "the summer collection".
 */
const SEASON_KIND_AFTER =
  /^\s+(?:roads?|issue|edition|collection|games|olympics|paralympics|tyres?|tires?|clothing|clothes|crops?|menu|kit)\b/i;
/** A preposition of time right before a bare season: "in summer", "during winter". */
const BARE_SEASON_BEFORE = /\b(?:in|during)\s+$/i;
/**
 * Seasons: "the summer of 2023", "spring 2026", "last autumn", "the fall"; with no anchor
 * XXXX-SU. A bare season counts only after "in"/"during" and in the past.
 */
export const SEASON_RULE: Rule = {
  // "the summer of 2023", "spring 2026", "last autumn", "the fall"; no anchor: XXXX-SU
  re: /\b(?:(the|this|last|next|early|late|mid-?)\s+)?(spring|summer|autumn|fall|winter)(?:\s+of\s+(\d{4})|\s+(\d{4}))?\b(?!\s+(?:in|of)\s+(?!\d))/gi,
  priority: 4,
  make: (m) => {
    const modifier = m[1]?.toLowerCase() ?? null;
    const y = year(m[3] ?? m[4]);
    const code = SEASON[m[2]!.toLowerCase()]!;
    const after = m.input.slice(m.index + m[0].length);
    if (y === null && SEASON_KIND_AFTER.test(after)) return null;
    // Bare "in summer" is a habit ("bees swarm in summer") unless told in the past ("who
    // treated their hives in summer"): only then is it the last such season.
    const bare = y === null && modifier === null;
    if (bare && !BARE_SEASON_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index)))
      return null;
    return (anchor, tense) => {
      if (y !== null) return `${y}-${code}`;
      if (bare && tense !== 'past') return null;
      if (!anchor) return `XXXX-${code}`;
      const shift =
        modifier === 'last' || modifier === 'next' || modifier === 'this' ? modifier : null;
      return seasonValue(anchor, code, shift, tense);
    };
  },
};
