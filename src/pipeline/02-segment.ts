import type { ArticleImage, Paragraph } from '../shared/article-schema.ts';
import type { Cleaned } from './01-clean.ts';
import { stripDecorations } from './clean/furniture-rules.ts';
import { assignRoles } from './segment/assign-roles.ts';
import {
  headlineAwareRange,
  isMetadata,
  mergeCaption,
  mergeCaptionLines,
  previousOpen,
} from './segment/header-lines.ts';
import { findSourceName } from './segment/find-source-name.ts';
import { sectionOfPage } from './segment/section-of-page.ts';
import { lineBelowMetadata } from './segment/line-below-metadata.ts';
import { normalised } from './segment/normalised.ts';
import { readMetadata, choosePublished, type DateLine } from './segment/read-metadata.ts';
import { figureDropsWords, parseCaption } from './segment/parse-caption.ts';
import { findNameLine } from './segment/find-name-line.ts';
import { nameOverRole } from './segment/name-over-role.ts';
import { nameWithLocation } from './segment/name-with-location.ts';
import { headlineAnchor } from './segment/headline-anchor.ts';
import { leadingSubheading } from './segment/leading-subheading.ts';
import { listLeadIn } from './segment/list-lead-in.ts';
import { isAuthorBio } from './segment/author-bio.ts';
import { labelledCreditCaption } from './segment/labelled-credit-caption.ts';
import { isCreditlessCaption } from './segment/creditless-caption.ts';
import { wireCreditByline } from './segment/wire-credit-byline.ts';
import { pickTitle, splitTitleSuffix, titleFromBody } from './segment/pick-title.ts';
import { isProse, isShortLabel } from './text-features.ts';

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

/** How many lines above the headline may hold the masthead. */
const MASTHEAD_WINDOW = 12;

/**
 * Stage 2: find the article's parts by position and shape. The body runs from the first to the
 * last prose unit (see findBodyRange); above it sit masthead, section, headline, byline, date
 * line and caption; below it, only short sentences that follow the last paragraph directly are
 * still article text. Everything judged furniture is kept in `removed`, in page order.
 */
export function segment({ units }: Cleaned): Segmented {
  const open = units.map((u) => u.furniture === null);
  const captions = new Map<number, ArticleImage>();
  units.forEach((u, i) => {
    const caption = open[i] ? parseCaption(u.text) : null;
    if (caption) captions.set(i, caption);
  });
  // A labelled credit's caption in its own block first: the sentence above is then not taken.
  const paired = new Set<number>();
  for (const i of [...captions.keys()]) {
    const k = labelledCreditCaption(units, open, captions, i);
    if (k < 0) continue;
    captions.set(k, { caption: units[k]!.text, credit: null, licence: null, via: null });
    paired.add(i);
  }
  mergeCaptionLines(units, open, captions, paired);
  let range = headlineAwareRange(units, open, captions);
  if (range && isCreditlessCaption(units, open, captions, range.first)) {
    const caption = units[range.first]!.text;
    captions.set(range.first, { caption, credit: null, licence: null, via: null });
    range = headlineAwareRange(units, open, captions);
  }
  if (!range)
    throw new NoArticleError(
      'no article text found: every line looks like page furniture, a label or a headline',
    );
  // An explainer's first question subheading stands above the first paragraph (see leadingSubheading).
  // A bulleted summary's lead-in sentence ("The main points so far:") opens the body (see listLeadIn).
  const lead = leadingSubheading(units, open, range);
  const listLead = lead >= 0 ? -1 : listLeadIn(units, open, range);
  const first = lead >= 0 ? lead : listLead >= 0 ? listLead : range.first;
  const { last } = range;

  const head = units.slice(0, first);
  const pageTexts = units.map((u) => u.text);
  const evidence = (titleIndex: number, titleSuffix: string | null) => ({
    // The line right above the headline is its kicker (section), not the masthead.
    head: head
      .slice(0, Math.max(0, titleIndex - 1))
      .filter((u) => u.furniture === null || u.furniture === 'repeated label')
      .slice(0, MASTHEAD_WINDOW)
      .map((u) => u.text),
    rest: pageTexts.slice(first),
    page: pageTexts,
    titleSuffix,
  });

  const headMetadata = head.map((u, i) => open[i]! && isMetadata(u));
  const authorOverRole = nameOverRole(units, open, first);
  if (authorOverRole >= 0) headMetadata[authorOverRole] = true;
  const headerByline = headMetadata.some(
    (m, i) => m && readMetadata(units[i]!.text, true).byline !== null,
  );
  // "Ana Ruiz in Geneva" beside the date line: a byline, so it is not the headline either.
  const located = headerByline ? null : nameWithLocation(units, open, first);
  if (located) headMetadata[located.index] = true;
  const sourceGuess = findSourceName(evidence(first, null));
  const candidates = head
    .map((u, index) => ({ index, text: u.text }))
    .filter(({ index }) => open[index] && !captions.has(index) && !headMetadata[index])
    .filter((c) => stripDecorations(c.text) !== sourceGuess);
  // The headline sits above the byline and date line; share bars and widgets come after them.
  const firstMetadata = headlineAnchor(units, open, headMetadata, (i) =>
    candidates.some((c) => c.index === i),
  );
  const aboveMetadata = candidates.filter((c) => firstMetadata < 0 || c.index < firstMetadata);
  const chosen = pickTitle(
    aboveMetadata.length > 0 ? aboveMetadata : candidates,
    // A headline restated by the image caption ("Headline. Source: …").
    (text) =>
      [...captions.keys()].some(
        (i) => units[i]!.text !== text && normalised(units[i]!.text).startsWith(normalised(text)),
      ),
    // The line right above the byline or date line is the headline even when it is a sentence.
    firstMetadata > 0 ? previousOpen(open, firstMetadata) : -1,
    firstMetadata >= 0 ? lineBelowMetadata(candidates, open, headMetadata, firstMetadata) : null,
  );
  const { title: headline, suffix } = splitTitleSuffix(chosen?.text ?? '');
  const title = headline || titleFromBody(units[first]!.text);
  const titleIndex = chosen?.index ?? -1;

  const nameLineOf = (index: number) =>
    index >= 0 ? { index, byline: units[index]!.text.trim() } : null;
  const roles = assignRoles(units, open, captions, {
    first,
    last,
    titleIndex,
    title,
    // Only when no header line gives a byline: the author's bare name under the headline.
    nameLine:
      located ??
      nameLineOf(
        authorOverRole >= 0
          ? authorOverRole
          : headerByline
            ? -1
            : findNameLine(units, open, { titleIndex, first, isCaption: (i) => captions.has(i) }),
      ),
  });
  const dateLines: DateLine[] = [];
  let byline: string | null = null;
  let image: ArticleImage | null = null;
  for (const [i, role] of roles.entries()) {
    if (role.kind === 'metadata') {
      byline ??= role.byline;
      if (role.date) dateLines.push(role.date);
    } else if (role.kind === 'caption') {
      image = mergeCaption(image, captions.get(i)!);
    }
  }
  // No byline in the header: a wire story signs at its foot ("Reporting by …; Editing by …").
  byline ??= wireCreditByline(units, last);

  let lastBody = roles.length - 1;
  while (lastBody > first && roles[lastBody]!.kind !== 'body') lastBody--;
  if (lastBody > first && isAuthorBio(units[lastBody]!.text, byline))
    roles[lastBody] = { kind: 'furniture' };

  const paragraphs: Paragraph[] = [];
  const removed: string[] = [];
  roles.forEach((role, i) => {
    const unit = units[i]!;
    if (role.kind === 'body') {
      const heading = !isProse(unit.text) && isShortLabel(unit.text, 14) && i > first && i < last;
      paragraphs.push({
        id: `p${paragraphs.length + 1}`,
        kind: heading ? 'heading' : 'text',
        text: unit.text,
      });
    } else if (role.kind === 'furniture') {
      removed.push(unit.text);
    } else if (role.kind === 'caption' && figureDropsWords(unit.text)) {
      // The figure dropped the button printed after its credit, or a credit's "courtesy of"; the
      // line is kept whole, since a line is never split between fields.
      removed.push(unit.text);
    } else if (role.kind === 'metadata' && role.date === null && role.byline !== byline) {
      // A second byline-shaped line gives nothing the article keeps: without this it would vanish.
      removed.push(unit.text);
    }
  });
  if (paragraphs.length === 0)
    throw new NoArticleError(
      'no article text found: the only prose on the page repeats its headline',
    );

  const metadataLines = units.filter((_, i) => roles[i]?.kind === 'metadata').map((u) => u.text);
  // The line right above the headline: its kicker, or a newsletter's name (see findSourceName).
  const above = chosen && chosen.index > 0 && open[chosen.index - 1] ? chosen.index - 1 : -1;
  const sourceName = findSourceName({
    ...evidence(chosen?.index ?? first, suffix),
    metadata: metadataLines,
    kicker: above >= 0 ? units[above]!.text : null,
  });
  return {
    title,
    source: {
      name: sourceName,
      // Menu words ("Search", "Share") are never the section; a repeated kicker may be.
      section: sectionOfPage(units, {
        titleIndex: chosen?.index ?? first,
        sourceName,
        metadata: metadataLines,
      }),
    },
    byline,
    publishedAt: choosePublished(dateLines),
    image,
    paragraphs,
    removed,
  };
}
