import type { Entity } from '../../shared/article-schema.ts';
import { slugify } from '../../shared/slugify.ts';
import type { Segmented } from '../02-segment.ts';
import { canonicalName, genderOf } from './cluster-names.ts';
import type { Cluster } from './cluster-types.ts';
import type { EntityFacts, EntityIndex, MentionRef } from './entity-index.ts';
import { nameKey, nameWords } from './name-key.ts';
import type { SentenceSpan } from './split-sentences.ts';
import { TITLE_PARAGRAPH } from './title-paragraph.ts';

/** "Ministry of Health" → ministry and health; "Aberwen Town Council" → council. */
function headNouns(words: string[]): string[] {
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|for)$/.test(w));
  const heads = [(words[words.length - 1] ?? '').toLowerCase()];
  if (of > 0) heads.push(words[of - 1]!.toLowerCase());
  return heads;
}

export function buildEntities(
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
    .filter((d) => d.c.place || d.c.chunks.some((ch) => ch.paragraph !== TITLE_PARAGRAPH))
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
