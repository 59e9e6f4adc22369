import type { Segmented } from './02-segment.ts';
import { addHeadlinePossessives, isTitleCase } from './understand/headline-possessives.ts';
import { addNestedPlaces } from './understand/add-nested-places.ts';
import { buildEntities } from './understand/build-entities.ts';
import { canonicalName, clusterNames, type Observed } from './understand/cluster-names.ts';
import { dropTitlePortfolios } from './understand/drop-title-portfolios.ts';
import type { EntityIndex } from './understand/entity-index.ts';
import { findNameChunks } from './understand/find-name-chunks.ts';
import { findWorkTitles } from './understand/find-work-titles.ts';
import { isHeadingLine } from './understand/is-heading-line.ts';
import { nameKey } from './understand/name-key.ts';
import { observeChunks } from './understand/observe-chunks.ts';
import { splitSentences } from './understand/split-sentences.ts';
import { TITLE_PARAGRAPH } from './understand/title-paragraph.ts';
import { tokenize } from './understand/tokenize.ts';

type Text = { paragraph: number; text: string };

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
  if (!isTitleCase(segmented.title))
    texts.push({ paragraph: TITLE_PARAGRAPH, text: segmented.title });
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
    if (paragraph === TITLE_PARAGRAPH) for (const c of chunks) c.uncertain = true;
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

const PET_NAME_BEFORE = /\bcall(?:s|ed|ing)?\s+(?:me|him|her|them|us|you)\s+['‘"“]$/;
