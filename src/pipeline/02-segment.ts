import type { ArticleImage, Paragraph } from '../shared/article-schema.ts';
import type { Cleaned, Unit } from './01-clean.ts';
import { stripDecorations } from './clean/furniture-rules.ts';
import { findSection } from './segment/find-section.ts';
import { findSourceName } from './segment/find-source-name.ts';
import { parseByline } from './segment/parse-byline.ts';
import { parseCaption } from './segment/parse-caption.ts';
import { parseDateLine, type DateLine } from './segment/parse-date-line.ts';
import { pickTitle, splitTitleSuffix, titleFromBody } from './segment/pick-title.ts';
import {
  endsLikeSentence,
  isProse,
  isShortLabel,
  stopWordRatio,
  wordsOf,
} from './text-features.ts';

export type Segmented = {
  title: string;
  source: { name: string | null; section: string | null };
  byline: string | null;
  publishedAt: string | null;
  image: ArticleImage | null;
  paragraphs: Paragraph[];
  removed: string[];
};

export class NoArticleError extends Error {}

type Role = 'furniture' | 'title' | 'byline' | 'date' | 'caption' | 'body' | 'metadata';

/**
 * Stage 2: find the article's parts by position and shape. The body runs from the first to the
 * last prose unit; above it sit headline, byline, date line and caption; below it, only short
 * sentences that follow the last paragraph directly are still article text. Everything judged
 * furniture is kept in `removed`, in page order, so nothing is silently lost.
 */
export function segment({ units }: Cleaned): Segmented {
  const roles: Role[] = units.map((u) => (u.furniture ? 'furniture' : 'body'));
  const open = (i: number) => roles[i] === 'body';

  const captions = new Map<number, ArticleImage>();
  units.forEach((u, i) => {
    const caption = open(i) ? parseCaption(u.text) : null;
    if (caption) captions.set(i, caption);
  });

  const proseAt = units.map((u, i) => open(i) && !captions.has(i) && isProse(u.text));
  const first = proseAt.indexOf(true);
  if (first < 0) {
    throw new NoArticleError(
      'no article text found: every line looks like page furniture, a label or a headline',
    );
  }
  const last = proseAt.lastIndexOf(true);

  // A headline is often repeated: in a caption, a share title, a second headline block.
  const titleSeen = (text: string) =>
    units.filter((u) => normalised(u.text).startsWith(normalised(text))).length > 1;
  const candidates = units
    .map((u, i) => ({ index: i, text: u.text }))
    .filter(
      ({ index }) =>
        index < first && open(index) && !captions.has(index) && !isMetadata(units[index]!),
    );
  const chosen = pickTitle(candidates, first, titleSeen);
  const { title: rawTitle, suffix } = splitTitleSuffix(chosen?.text ?? '');

  let byline: string | null = null;
  const dateLines: DateLine[] = [];
  let image: ArticleImage | null = null;
  const headTexts: string[] = [];

  units.forEach((unit, i) => {
    if (i === chosen?.index) return void (roles[i] = 'title');
    if (i < first) headTexts.push(unit.text);
    if (!open(i)) return;
    const caption = captions.get(i);
    if (caption) {
      if (image === null) {
        image = caption;
        roles[i] = 'caption';
      } else {
        roles[i] = 'furniture';
      }
      return;
    }
    if (i >= first && i <= last) return;
    if (chosen && normalised(unit.text) === normalised(chosen.text))
      return void (roles[i] = 'furniture');
    const meta = readMetadata(unit.text, i < first);
    if (meta.byline && byline === null) {
      byline = meta.byline;
      roles[i] = 'byline';
    }
    if (meta.date) {
      dateLines.push(meta.date);
      roles[i] = roles[i] === 'byline' ? 'byline' : 'date';
    }
    if (roles[i] !== 'body') return;
    if (i < first) {
      // Above the body: section bars, kickers and other labels. A stray sentence stays text.
      roles[i] = isProse(unit.text) ? 'body' : 'metadata';
    } else if (!(isTrailingSentence(unit.text) && followsBodyDirectly(roles, last, i))) {
      roles[i] = 'furniture';
    }
  });

  const title = rawTitle || titleFromBody(units[first]!.text);
  const paragraphs: Paragraph[] = [];
  const removed: string[] = [];
  units.forEach((unit, i) => {
    const role = roles[i];
    if (role === 'body') {
      if (normalised(unit.text) === normalised(title)) return void removed.push(unit.text);
      const heading = !isProse(unit.text) && isShortLabel(unit.text, 14) && i > first && i < last;
      paragraphs.push({
        id: `p${paragraphs.length + 1}`,
        kind: heading ? 'heading' : 'text',
        text: unit.text,
      });
    } else if (role === 'furniture' || (role === 'metadata' && !findSection([unit.text]))) {
      removed.push(unit.text);
    }
  });

  return {
    title,
    source: {
      name: findSourceName(
        units.map((u) => u.text),
        suffix,
      ),
      section: findSection(headTexts.filter((t) => t !== title)),
    },
    byline,
    publishedAt: choosePublished(dateLines),
    image,
    paragraphs,
    removed,
  };
}

function isMetadata(unit: Unit): boolean {
  const meta = readMetadata(unit.text, true);
  return meta.byline !== null || meta.date !== null;
}

/** Byline and date line, alone or together ("By Ana Ruiz | March 4, 2025"). */
function readMetadata(
  text: string,
  inHeader: boolean,
): { byline: string | null; date: DateLine | null } {
  let byline: string | null = null;
  let date: DateLine | null = null;
  const parts = [text, ...text.split(/\s+[|·•—–]\s+/)];
  for (const part of parts) {
    date ??= parseDateLine(part);
    byline ??= parseByline(part, { requirePrefix: !inHeader });
  }
  return { byline, date };
}

/** Published beats plain beats updated: publishedAt is when the story first appeared. */
function choosePublished(lines: DateLine[]): string | null {
  const order: DateLine['label'][] = ['published', 'plain', 'updated'];
  for (const label of order) {
    const line = lines.find((l) => l.label === label);
    if (line) return line.iso;
  }
  return null;
}

/** "She declined to comment." right after the last paragraph is still the article's ending. */
function isTrailingSentence(text: string): boolean {
  const words = wordsOf(text);
  return words.length >= 3 && endsLikeSentence(text) && stopWordRatio(words) > 0;
}

function followsBodyDirectly(roles: Role[], last: number, i: number): boolean {
  for (let j = last + 1; j < i; j++) if (roles[j] !== 'body') return false;
  return true;
}

function normalised(text: string): string {
  return stripDecorations(text).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
