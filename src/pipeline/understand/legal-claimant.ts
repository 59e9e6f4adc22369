import { clauseStart } from './clause-start.ts';
import { isQuoted, type Discourse } from './discourse.ts';
import { mentionsWithin } from './mention-lookup.ts';

/** Court papers that speak for the party that filed them. */
export const LEGAL_FILINGS = new Set(
  'claim lawsuit suit complaint writ petition filing'.split(' '),
);

/** "is being sued … by Ana Ruiz": the claimant follows "by". */
const PASSIVE = /\b(?:being|been|is|are|was|were)\s+sued\b(?:[^.;:“”"]|\.(?=\d)){0,80}?\bby\s+/g;
/** "Ana Ruiz is suing", "Ruiz sued the chef", "Ruiz filed a lawsuit": the claimant is the subject. */
const ACTIVE =
  /\b(?:(?:is|are|was|were)\s+suing|sues|has\s+sued|have\s+sued|filed\s+(?:a|the)\s+(?:claim|lawsuit|suit|complaint)|lodged\s+(?:a|the)\s+claim|brought\s+(?:a|the)\s+(?:claim|lawsuit|case))\b/g;

const memo = new WeakMap<Discourse, string | null>();

/**
 * "…,” the claim says.": a claim, lawsuit or complaint speaks for whoever brought it. The article
 * must name exactly one claimant ("X is being sued by Y", "Y is suing X", "Y filed a lawsuit");
 * with none or several, null. Computed once per article, so each quote's lookup is constant.
 */
export function legalClaimant(d: Discourse): string | null {
  if (memo.has(d)) return memo.get(d)!;
  const found = new Set<string>();
  d.texts.forEach((text, p) => {
    const party = (from: number, to: number, last: boolean) => {
      const list = mentionsWithin(d.mentions[p]!, from, to).filter(
        (m) =>
          !isQuoted(d, p, m.start) &&
          (m.type === 'person' || m.type === 'organization') &&
          !/^['’]/.test(text.slice(m.end, m.end + 1)),
      );
      return last ? list[list.length - 1] : list[0];
    };
    for (const m of text.matchAll(PASSIVE)) {
      const from = m.index + m[0].length;
      const by = party(from, Math.min(text.length, from + 60), false);
      if (by) found.add(by.entityId);
    }
    for (const m of text.matchAll(ACTIVE)) {
      const sentenceStart = Math.max(0, text.lastIndexOf('. ', m.index) + 1);
      const subject = party(clauseStart(text, sentenceStart, m.index), m.index, true);
      if (subject) found.add(subject.entityId);
    }
  });
  const id = found.size === 1 ? [...found][0]! : null;
  memo.set(d, id);
  return id;
}
