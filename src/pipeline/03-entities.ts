import type { Entity, EntityType } from '../shared/article-schema.ts';
import { slugify } from '../shared/slugify.ts';
import type { Segmented } from './02-segment.ts';
import {
  canonicalName,
  clusterNames,
  genderOf,
  type Cluster,
  type Observed,
} from './understand/cluster-names.ts';
import { findNameChunks, type NameChunk } from './understand/find-name-chunks.ts';
import { findWorkTitles } from './understand/find-work-titles.ts';
import { nameKey, nameWords } from './understand/name-key.ts';
import { splitSentences, type SentenceSpan } from './understand/split-sentences.ts';
import { tokenize, type Token } from './understand/tokenize.ts';
import { typeEvidence } from './understand/type-evidence.ts';
import { roleWordsOf } from './understand/role-words.ts';
import { PLACE_HEADS } from './understand/lexicon.ts';
import { isOrgHead } from './understand/org-heads.ts';
import { TITLES } from './understand/titles.ts';
import { lookupPlace } from './understand/place-gazetteer.ts';
import { addNestedPlaces } from './understand/add-nested-places.ts';
import { addHeadlinePossessives, isTitleCase } from './understand/headline-possessives.ts';
import { aliasLink } from './understand/alias-links.ts';
import { isHeadingLine } from './understand/is-heading-line.ts';

/** A mention as later stages use it: which entity, where, and the entity's type. */
export type MentionRef = { entityId: string; start: number; end: number; type: EntityType };

export type EntityFacts = {
  type: EntityType;
  gender: 'f' | 'm' | null;
  name: string;
  head: string;
  /** Nouns a description may use for it: "council" for "Aberwen Town Council", "ministry" for
   * "Ministry of Health". */
  heads: string[];
  /** Titles and roles the text gave a person ("judge", "manager"). */
  roles: Set<string>;
  salience: number;
};

export type EntityIndex = {
  entities: Entity[];
  /** Per paragraph, sorted by start: the lookup quotes and dates use instead of scanning entities. */
  mentionsByParagraph: MentionRef[][];
  facts: Map<string, EntityFacts>;
  sentencesByParagraph: SentenceSpan[][];
};

type Text = { paragraph: number; text: string };
/** The paragraph index of the headline's chunks (the caption's is -1); neither gets mentions. */
const TITLE = -2;

/**
 * Stage 3: people, organisations and places. Candidate names come from capitalised runs; each
 * gets local evidence (cue words, titles, appositions, prepositions); full names cluster first and
 * short forms attach to them; a cluster's type is the sum of its mentions' evidence. The caption is
 * read for evidence and caption-only names, but mentions point only into paragraphs.
 */
export function extractEntities(segmented: Segmented): EntityIndex {
  const texts: Text[] = [];
  // A Title-Case caption is usually the headline again: every word is capitalised, so it cannot
  // tell names from words. Only sentence-case captions are read for names.
  const caption = segmented.image?.caption;
  if (caption && !isTitleCase(caption)) texts.push({ paragraph: -1, text: caption });
  segmented.paragraphs.forEach((p, i) => {
    if (!isHeadingLine(p.text)) texts.push({ paragraph: i, text: p.text });
  });
  // A sentence-case headline names things too ("Toledo council passes budget"). It is read last,
  // so it cannot change how the body's names cluster, and it adds only aliases and places.
  if (!isTitleCase(segmented.title)) texts.push({ paragraph: TITLE, text: segmented.title });
  const sentencesByParagraph = segmented.paragraphs.map((p) => splitSentences(p.text));

  const observed: Observed[] = [];
  for (const { paragraph, text } of texts) {
    const tokens = tokenize(text);
    const works = findWorkTitles(text, paragraph);
    const chunks = [
      ...works,
      ...findNameChunks(text, tokens, paragraph).filter(
        (c) => !works.some((w) => c.start < w.end && w.start < c.end),
      ),
    ].sort((a, b) => a.start - b.start);
    // "the Minister for Culture, Aoife Kenneally,": the portfolio is part of her title, not a name.
    dropTitlePortfolios(text, chunks);
    // "he called me ‘Auntie Peg’": a pet name inside someone's words is not a new entity.
    for (let k = chunks.length - 1; k >= 0; k--)
      if (PET_NAME_BEFORE.test(text.slice(Math.max(0, chunks[k]!.start - 30), chunks[k]!.start)))
        chunks.splice(k, 1);
    // Headline words are capitalised by house style as often as by name: none of them vouches
    // for a sentence-initial word of the body.
    if (paragraph === TITLE) for (const c of chunks) c.uncertain = true;
    const sentences = paragraph >= 0 ? sentencesByParagraph[paragraph]! : splitSentences(text);
    observeChunks(text, tokens, chunks, sentences, observed);
  }

  const clusters = clusterNames(observed);
  // "Wójcik told Silicon Frontier" on Silicon Frontier's own page: the publication is an organisation.
  const site = segmented.source.name ? nameKey(segmented.source.name.replace(/^the\s+/i, '')) : '';
  for (const c of clusters)
    if (site && c.type !== 'place' && nameKey(canonicalName(c).replace(/^the\s+/i, '')) === site)
      c.type = 'organization';
  addNestedPlaces(clusters);
  const index = buildEntities(clusters, segmented, sentencesByParagraph);
  addHeadlinePossessives(index.entities, [segmented.title, caption ?? '']);
  return index;
}

function observeChunks(
  text: string,
  tokens: Token[],
  chunks: NameChunk[],
  sentences: SentenceSpan[],
  out: Observed[],
) {
  const firstIndex = out.length;
  let sentence = 0;
  let lastSentenceWithChunk = -1;
  chunks.forEach((chunk, i) => {
    while (sentence < sentences.length - 1 && sentences[sentence]!.end <= chunk.start) sentence++;
    const votes =
      chunk.tokenIndex >= 0
        ? typeEvidence(text, tokens, chunk)
        : { person: 0, organization: 0, place: 0, other: 6 };
    const prev = i > 0 ? chunks[i - 1]! : null;
    const gap = prev ? text.slice(prev.end, chunk.start) : '';
    let linkedTo: number | null = null;
    if (prev && /^\s*\(\s*$/.test(gap)) linkedTo = firstIndex + i - 1;
    else if (isAppositiveName(text, chunk, chunks[i + 1])) linkedTo = firstIndex + i + 1;
    // "to Krakow, Wroclaw and Gdansk": list members share the first one's place evidence.
    const prevObserved = prev ? out[firstIndex + i - 1] : undefined;
    // A comma alone lists only when the list goes on ("Krakow, Wroclaw and Gdansk"), not after a
    // fronted phrase ("Asked about the South China Sea, Hoa chose …").
    const goesOn = /^(?:\s*,|,?\s+(?:and|or))\s/.test(text.slice(chunk.end, chunk.end + 6));
    const listed =
      !!prevObserved && (/^,?\s+(?:and|or)\s+$/.test(gap) || (/^\s*,\s+$/.test(gap) && goesOn));
    if (listed && votes.place + votes.organization + votes.person === 0)
      votes.place += prevObserved.votes.place * 0.8;
    // "the El Perchel and Soho districts": a plural head after the list types every member.
    if (listed && chunk.lowerHead && /s$/.test(chunk.lowerHead) && votes.place >= 4)
      prevObserved.votes.place += 4;
    let pronounGender: 'f' | 'm' | null = null;
    if (sentence !== lastSentenceWithChunk) {
      // The next sentence, or, when a quotation opens there, the sentence its closing mark is in
      // (“…,” he said).
      let until = sentences[sentence + 1]?.end ?? text.length;
      const between = text.slice(chunk.end, until);
      if ((between.match(/[“]/g) ?? []).length > (between.match(/[”]/g) ?? []).length) {
        const close = text.indexOf('”', until);
        if (close >= 0) until = sentences.find((x) => x.end > close)?.end ?? text.length;
      }
      pronounGender = pronounGenderAfter(text, chunks, i, until);
    }
    // "Ana Ruiz and her husband": the possessive after "and" is this name's.
    const own = /^\s+and\s+(her|his)\s/i.exec(text.slice(chunk.end, chunk.end + 12));
    if (own) pronounGender = own[1]!.toLowerCase() === 'her' ? 'f' : 'm';
    // "Lumora's chief executive, Marloes Bakker, …": a possessive is not the subject, so the next
    // name still gets the sentence's pronoun.
    if (!chunk.possessive) lastSentenceWithChunk = sentence;
    chunk.roles = roleWordsOf(text, chunk);
    const alias = aliasLink(text, chunks, i);
    out.push({
      chunk,
      votes,
      pronounGender,
      linkedTo,
      coordinatedWith: listed ? firstIndex + i - 1 : null,
      sameAs: alias.sameAs === null ? null : firstIndex + alias.sameAs,
      describedAs: alias.describedAs,
    });
  });
}

const PET_NAME_BEFORE = /\bcall(?:s|ed|ing)?\s+(?:me|him|her|them|us|you)\s+['‘"“]$/;

/** "Minister for Culture, Ana Ruiz": a title's portfolio right before an apposed name. */
const PORTFOLIO_BEFORE = /\b(\p{Lu}\p{Ll}+)\s+(?:of|for)\s+(?:the\s+)?$/u;

function dropTitlePortfolios(text: string, chunks: NameChunk[]) {
  for (let i = chunks.length - 2; i >= 0; i--) {
    const c = chunks[i]!;
    const next = chunks[i + 1]!;
    const title = PORTFOLIO_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (!title || !TITLES.has(title[1]!.toLowerCase())) continue;
    if (!/^,\s+$/.test(text.slice(c.end, next.start)) || !mayNamePerson(next)) continue;
    if (!/^\s*,/.test(text.slice(next.end, next.end + 2))) continue;
    chunks.splice(i, 1);
  }
}

/**
 * The gender of the first "she"/"he" after a name, up to the end of the next sentence. Only a
 * subject pronoun: "Her brother, Curtis Whitfield, ran her campaign" says nothing about Curtis,
 * but "Ruiz said she …" does about Ruiz. Pronouns inside a quotation are the speaker's, about
 * someone else; and with another person's name before it ("Tom Beck met Ana Ruiz. She …") the
 * pronoun may be about either, so it says nothing.
 */
function pronounGenderAfter(
  text: string,
  chunks: NameChunk[],
  i: number,
  until: number,
): 'f' | 'm' | null {
  const chunk = chunks[i]!;
  const blank = (q: string) => ' '.repeat(q.length);
  const narrative = text
    .slice(chunk.end, until)
    .replace(/[“"][^”"]*(?:[”"]|$)/g, blank)
    .replace(/[‘][^’]*(?:’(?!\p{L})|$)/gu, blank);
  // "De Wit, speaking from his home, …": a possessive after a preposition in the apposition.
  const apposition =
    /^,\s+(?:\p{Ll}+\s+){0,4}?(?:from|in|at|with|on|of|for)\s+(his|her)\s+\p{Ll}/u.exec(narrative);
  if (apposition) return apposition[1]!.toLowerCase() === 'her' ? 'f' : 'm';
  // "Vanhove said his group had …": a possessive right after the name's own speech verb.
  const own =
    /^(?:,[^,]*,)?\s+(?:said|says|added|explained|insisted|noted|stressed)\s+(?:that\s+)?(his|her)\s+\p{Ll}/u.exec(
      narrative,
    );
  if (own) return own[1]!.toLowerCase() === 'her' ? 'f' : 'm';
  const m = /\b(she|he)\b/i.exec(narrative);
  if (!m) return null;
  // "X said she had changed the way he thought": both genders in one clause say nothing.
  const clause = narrative.slice(m.index).split(/[.;!?]/)[0]!;
  const other = /^she$/i.test(m[1]!) ? /\b(?:he|him|his)\b/i : /\b(?:she|her|hers)\b/i;
  if (other.test(clause)) return null;
  const at = chunk.end + m.index;
  for (let k = i + 1; k < chunks.length && chunks[k]!.start < at; k++)
    if (mayNamePerson(chunks[k]!)) return null;
  return /^she$/i.test(m[1]!) ? 'f' : 'm';
}

/** Two to four words, no head of an organisation or place, not a known place: maybe a person. */
function mayNamePerson(chunk: NameChunk): boolean {
  const words = nameWords(chunk.name);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    !isOrgHead(last) &&
    !PLACE_HEADS.has(last) &&
    !lookupPlace(chunk.name) &&
    !words.some((w) => /^(?:of|for|and|&)$/i.test(w))
  );
}

/** "ElCom, the Federal Electricity Commission, said": a one-word name glossed by an organisation's. */
function isAppositiveName(text: string, chunk: NameChunk, next: NameChunk | undefined): boolean {
  if (!next || next.tokenIndex < 0 || chunk.possessive || /\s/.test(chunk.name)) return false;
  if (lookupPlace(chunk.name)) return false;
  if (!/^\s*,\s+(?:the\s+)?$/.test(text.slice(chunk.end, next.start))) return false;
  const words = nameWords(next.name);
  const head = words.findIndex((w, k) => k > 0 && /^(?:of|for)$/.test(w));
  return (
    words.length >= 2 &&
    isOrgHead(words[head > 0 ? head - 1 : words.length - 1]!) &&
    /^\s*(?:[,)]|$)/.test(text.slice(next.end, next.end + 3))
  );
}

/** "Ministry of Health" → ministry and health; "Aberwen Town Council" → council. */
function headNouns(words: string[]): string[] {
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|for)$/.test(w));
  const heads = [(words[words.length - 1] ?? '').toLowerCase()];
  if (of > 0) heads.push(words[of - 1]!.toLowerCase());
  return heads;
}

function buildEntities(
  clusters: Cluster[],
  segmented: Segmented,
  sentencesByParagraph: SentenceSpan[][],
): EntityIndex {
  const title = ` ${nameKey(segmented.title).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  const drafts = clusters
    .map((c) => {
      const body = c.chunks.filter((ch) => ch.paragraph >= 0);
      const first = body.reduce(
        (min, ch) => Math.min(min, ch.paragraph * 1e6 + ch.start),
        Infinity,
      );
      return { c, body, first, name: canonicalName(c) };
    })
    // A caption-only name with no evidence of what it is is too weak to show; a headline-only
    // one must be a known place (headlines drop the words that would type it).
    .filter((d) => d.body.length > 0 || d.c.type !== 'other' || d.c.votes.other > 0)
    .filter((d) => d.c.place || d.c.chunks.some((ch) => ch.paragraph !== TITLE))
    .sort((a, b) => a.first - b.first);

  const taken = new Set<string>();
  const facts = new Map<string, EntityFacts>();
  const mentionsByParagraph: MentionRef[][] = segmented.paragraphs.map(() => []);
  const entities: Entity[] = [];
  for (const d of drafts) {
    const base = slugify(d.name) || 'entity';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const aliases: string[] = [];
    const seenAlias = new Set([d.name]);
    for (const ch of d.c.chunks)
      for (const form of [ch.name, ch.surface])
        if (!seenAlias.has(form)) {
          seenAlias.add(form);
          aliases.push(form);
        }
    const spans = new Set<string>();
    const mentions = d.body
      .filter((ch) => {
        const key = `${ch.paragraph}:${ch.start}:${ch.end}`;
        return !spans.has(key) && spans.add(key);
      })
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
      .map((ch) => ({
        paragraphId: segmented.paragraphs[ch.paragraph]!.id,
        start: ch.start,
        end: ch.end,
      }));
    const keys = [d.name, ...aliases].map(
      (a) => ` ${nameKey(a).replace(/[^\p{L}\p{N}']+/gu, ' ')} `,
    );
    const inTitle = keys.some((k) => k.trim() && title.includes(k));
    const firstParagraph =
      d.body.length > 0 ? Math.floor(d.first / 1e6) : segmented.paragraphs.length;
    const salience =
      Math.round((mentions.length + (inTitle ? 3 : 0) + 2 / (1 + firstParagraph)) * 100) / 100;
    entities.push({ id, name: d.name, type: d.c.type, aliases, salience, mentions });
    const words = nameWords(d.name);
    facts.set(id, {
      type: d.c.type,
      gender: genderOf(d.c),
      name: d.name,
      head: (words[words.length - 1] ?? '').toLowerCase(),
      heads: headNouns(words),
      roles: new Set(d.c.chunks.flatMap((ch) => ch.roles ?? [])),
      salience,
    });
    for (const ch of d.body)
      mentionsByParagraph[ch.paragraph]!.push({
        entityId: id,
        start: ch.start,
        end: ch.end,
        type: d.c.type,
      });
  }
  for (const list of mentionsByParagraph) list.sort((a, b) => a.start - b.start || b.end - a.end);
  entities.sort((a, b) => b.salience - a.salience);
  return { entities, mentionsByParagraph, facts, sentencesByParagraph };
}
