import type { EntityType } from '../../shared/article-schema.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { ORG_HEADS, OTHER_HEADS, PERSON_ROLES, PLACE_HEADS, TITLES } from './lexicon.ts';
import type { Token } from './tokenize.ts';

export type Votes = Record<EntityType, number>;
export const noVotes = (): Votes => ({ person: 0, organization: 0, place: 0, other: 0 });

/** Nouns that describe an organisation in an apposition or before a name ("the firm Keystone"). */
const ORG_NOUNS = new Set(
  `company firm group association bank lender club team side chipmaker maker agency body bloc
   partnership charity regulator institution operator union party broadcaster newspaper insurer
   airline carrier retailer startup start-up developer manufacturer producer supplier organisation
   organization network outlet publisher holders champions council ministry department court
   university school hospital fund trust nonprofit non-profit conglomerate giant rival provider
   insurer exchange cooperative co-operative coalition alliance watchdog authority consultancy`.split(
    /\s+/,
  ),
);
const PLACE_NOUNS = new Set(
  'city town village country region state province capital island port district county municipality suburb neighbourhood neighborhood area ward'.split(
    ' ',
  ),
);
const LOWER_PLACE_HEADS = new Set(
  'river rivers lake sea coast county counties province region ward district state island islands valley mountains mountain basin delta border village town city municipality'.split(
    ' ',
  ),
);
const SPEECH = new Set(
  'said says told tells added adds insisted argued warned wrote explained noted announced confirmed'.split(
    ' ',
  ),
);
const PLACE_PREPS: Record<string, number> = {
  in: 2,
  near: 2.5,
  across: 2,
  outside: 2,
  throughout: 2,
  around: 1,
  into: 1.5,
  from: 1,
  to: 1,
  at: 0.8,
  via: 1,
  towards: 1.5,
  toward: 1.5,
};
const SPORT_VERBS = new Set(
  'beat beats defeated face faces faced against host hosts hosted play plays played edged thrashed drew'.split(
    ' ',
  ),
);
const COMPASS = new Set(
  'North South East West Northern Southern Eastern Western Upper Lower Greater Central'.split(' '),
);

/** Local evidence for a chunk's type, from its own words and the words around it. */
export function typeEvidence(text: string, tokens: Token[], chunk: NameChunk): Votes {
  const v = noVotes();
  const words = chunk.name.split(/\s+/);
  const connector = words.findIndex((w, i) => i > 0 && /^(?:of|for|on)$/.test(w));
  const head = (connector > 0 ? words[connector - 1]! : words[words.length - 1]!).toLowerCase();
  const last = words[words.length - 1]!.toLowerCase();
  if (chunk.titles.some((t) => TITLES.has(t))) v.person += 3;
  if (ORG_HEADS.has(head) || ORG_HEADS.has(last)) v.organization += 4;
  if (PLACE_HEADS.has(head)) v.place += 3;
  if (OTHER_HEADS.has(head)) v.other += 4;
  if (words.includes('&')) v.organization += 3;
  if (words.length > 1 && COMPASS.has(words[0]!) && !ORG_HEADS.has(head)) v.place += 1;
  if (chunk.lowerHead) {
    if (/^(?:cartel|gang|militia|clan)$/.test(chunk.lowerHead)) v.organization += 5;
    else if (LOWER_PLACE_HEADS.has(chunk.lowerHead)) v.place += 4;
  }

  const before = wordsBefore(tokens, chunk.tokenIndex, 4);
  const prev = before[0];
  const prev2 = before[1];
  const after = text.slice(chunk.end, chunk.end + 80);
  if (/^-(?:based|born|bred|headquartered)/.test(after)) v.place += 3;
  if (prev && !prev.comma) {
    const w = prev.word;
    if (w in PLACE_PREPS) v.place += PLACE_PREPS[w]!;
    if (
      (w === 'in' || w === 'of') &&
      prev2 &&
      /^(?:born|based|headquartered|located)$/.test(prev2.word)
    )
      v.place += 2;
    if (w === 'of' && prev2 && PLACE_NOUNS.has(prev2.word)) v.place += 3;
    if (PERSON_ROLES.has(w) || TITLES.has(w)) v.person += 4;
    if (ORG_NOUNS.has(w)) v.organization += 3;
    if (/^(?:a|an)$/.test(w) && /^\s+\p{Ll}/u.test(after)) v.place += 1;
    if (SPORT_VERBS.has(w)) v.organization += 1.5;
    if (
      w === 'for' &&
      prev2 &&
      /^(?:spokesperson|spokesman|spokeswoman|statement)$/.test(prev2.word)
    )
      v.organization += 2;
    if (w === 'in' && prev2?.word === 'shares') v.organization += 3;
  }
  // "the transport secretary, Daniel Osei," / "Rovers' coach, Marit Solberg,"
  if (prev?.comma && PERSON_ROLES.has(prev.word)) v.person += 3;
  if (prev?.comma && ORG_NOUNS.has(prev.word)) v.organization += 2;

  // An apposition describes the name only when it opens like a noun phrase ("X, the chief
  // executive", "X, a Paris company", "X, Brightwater’s economist"), not "X, of the group Y".
  const apposition =
    /^,\s+(?:(?:the|a|an|its|his|her|their)\s+|[\p{Lu}][\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*)*['’]s\s+)([^,.;:"“”]{1,80})/u.exec(
      after,
    );
  if (/^,\s+\d{1,3}\s*,/.test(after)) v.person += 3;
  else if (/^,\s+who\b/.test(after)) v.person += 2;
  else if (/^,\s+which\b/.test(after)) v.organization += 1;
  else if (/^,\s+\p{Lu}/u.test(after) && /^(?:in|near|of|from)$/.test(prev?.word ?? ''))
    v.place += 1.5;
  else if (apposition) {
    const nouns = apposition[1]!
      .toLowerCase()
      .split(/[\s']+/)
      .slice(0, 8);
    if (nouns.some((n) => PERSON_ROLES.has(n))) v.person += 3;
    else if (nouns.some((n) => ORG_NOUNS.has(n))) v.organization += 3;
    else if (nouns.some((n) => PLACE_NOUNS.has(n))) v.place += 3;
  }
  const nextWord = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  if (SPEECH.has(nextWord)) {
    if (/^\s+\p{L}+\s+in a statement/u.test(after)) v.organization += 1;
    else if (words.length > 1 && !ORG_HEADS.has(last)) v.person += 1;
    else v.organization += 0.5;
  }
  if (SPORT_VERBS.has(nextWord) && /\b\d{1,2}[-–]\d{1,2}\b/.test(after)) v.organization += 2;
  if (/^\s+shares\b/.test(after)) v.organization += 2;
  // "Benfica winger Rui Duarte", "Stonebridge Securities analyst": a name used to qualify a role.
  if (PERSON_ROLES.has(nextWord) && /^\s+\p{Ll}/u.test(after)) v.organization += 2;
  // British usage treats a club or company as plural: "Everton are closing in".
  if (words.length === 1 && /^\s+(?:are|were|have)\b/.test(after)) v.organization += 1.5;
  return v;
}

type Before = { word: string; comma: boolean };

/** Up to n words before token i, nearest first; `comma` marks a comma between it and the next. */
function wordsBefore(tokens: Token[], i: number, n: number): Before[] {
  const out: Before[] = [];
  let comma = false;
  for (let k = i - 1; k >= 0 && out.length < n; k--) {
    const t = tokens[k]!;
    if (t.isWord) {
      out.push({ word: t.text.toLowerCase().replace(/['’]s?$/, ''), comma });
      comma = false;
    } else if (t.text === ',') comma = true;
    else if (t.text !== "'" && t.text !== '’') break;
  }
  return out;
}
