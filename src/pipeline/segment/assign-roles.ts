import type { ArticleImage } from '../../shared/article-schema.ts';
import type { Unit } from '../01-clean.ts';
import {
  endsLikeSentence,
  englishStopWordRatio,
  isProse,
  isTitleCase,
  wordsOf,
} from '../text-features.ts';
import { complements, mergeCaption, nextOpen, previousOpen } from './header-lines.ts';
import { normalised } from './normalised.ts';
import { readMetadata, type DateLine } from './read-metadata.ts';

export type Role =
  | { kind: 'body' | 'furniture' | 'title' | 'caption' }
  | { kind: 'metadata'; byline: string | null; date: DateLine | null };

/** Decide, unit by unit, what each line of the page is. */
export function assignRoles(
  units: Unit[],
  open: boolean[],
  captions: Map<number, ArticleImage>,
  at: {
    first: number;
    last: number;
    titleIndex: number;
    title: string;
    /** A header line that is a byline without "By" (a bare name, a name with a location). */
    nameLine: { index: number; byline: string } | null;
  },
): Role[] {
  let figure: ArticleImage | null = null;
  let captionRun = -2;
  const trailingEnd = endOfTrailingSentences(units, open, at.last);
  const underHeadline = at.titleIndex >= 0 ? nextOpen(open, at.titleIndex) : -1;
  const underHeader = standfirstUnderHeader(units, open, at, (i) => captions.has(i));
  return units.map((unit, i): Role => {
    if (i === at.titleIndex) return { kind: 'title' };
    if (!open[i]) return { kind: 'furniture' };
    if (i === at.nameLine?.index)
      return { kind: 'metadata', byline: at.nameLine.byline, date: null };
    if (captions.has(i)) {
      // The first figure's caption (or its two-line "Image source / Image caption" pair) only.
      // A next line that repeats a part the figure has (a second caption, a second credit) is
      // another figure: merging it would silently drop its words.
      const parts = captions.get(i)!;
      if (!figure || (captionRun === i - 1 && complements(figure, parts))) {
        figure = mergeCaption(figure, parts);
        captionRun = i;
        return { kind: 'caption' };
      }
      return { kind: 'furniture' };
    }
    // A headline line repeated in the body is furniture. A title made from the first paragraph
    // (no headline line) is not a repeat of it: dropping that paragraph could empty the body.
    if (at.titleIndex >= 0 && normalised(unit.text) === normalised(at.title))
      return { kind: 'furniture' };
    if (i >= at.first && i <= at.last)
      return isInlineCaption(unit.text) || ENTRY_TIME.test(unit.text.trim())
        ? { kind: 'furniture' }
        : { kind: 'body' };
    if (i < at.first) {
      // Bylines and date lines count only in the header: a dated link in a footer list is not
      // when this article was published.
      const meta = readMetadata(unit.text, true);
      if (meta.byline !== null || meta.date !== null) return { kind: 'metadata', ...meta };
      // A sentence above the headline is the masthead's tagline ("The week in rail policy, for
      // people who read the footnotes."); one between headline and body is its standfirst.
      if ((i === underHeadline || i === underHeader) && isStandfirst(unit.text))
        return { kind: 'body' };
      return isProse(unit.text) && i > at.titleIndex ? { kind: 'body' } : { kind: 'furniture' };
    }
    return i < trailingEnd ? { kind: 'body' } : { kind: 'furniture' };
  });
}

/**
 * Some pages print the standfirst under the byline and date line, or under the lead picture, not
 * under the headline: the line right above the first paragraph (or above the lead picture's
 * caption there) whose own line above is a byline, a date line or the picture's caption. Returns
 * its index, or -1.
 */
const LABEL_OPENING = /^(?:\S+\s+){0,2}\S+:\s/u;
const CONTACT = /@|\bwww\.|https?:\/\//i;

function standfirstUnderHeader(
  units: Unit[],
  open: boolean[],
  at: { first: number; nameLine: { index: number } | null },
  isCaption: (i: number) => boolean,
): number {
  let line = previousOpen(open, at.first);
  // Many sites print the standfirst over the lead picture: step over its caption lines.
  while (line >= 0 && isCaption(line)) line = previousOpen(open, line);
  const header = line >= 0 ? previousOpen(open, line) : -1;
  // A notice there ("Advertise with us: call …", "Tips: email …") opens with a label and gives
  // contact details; a standfirst does neither.
  if (header < 0 || LABEL_OPENING.test(units[line]!.text) || CONTACT.test(units[line]!.text))
    return -1;
  // Tabloids print the deck under the lead picture: the header then ends with its caption.
  if (header === at.nameLine?.index || isCaption(header)) return line;
  const meta = readMetadata(units[header]!.text, true);
  return meta.byline !== null || meta.date !== null ? line : -1;
}

/**
 * A standfirst often has no full stop ("Union rejects offer; company warns mines could close"),
 * so it is not prose by shape. Right under the headline (position) it is the standfirst when it
 * runs to a sentence's length: a deck of a few words there ("Evacuation orders in place for the
 * valley") is a second headline, and a Title-Case line is a site's description.
 */
const MIN_STANDFIRST_WORDS = 10;

export function isStandfirst(text: string): boolean {
  const words = wordsOf(text);
  return (
    words.length >= MIN_STANDFIRST_WORDS &&
    /^[\p{Lu}\p{N}"“‘']/u.test(text) &&
    !/[:|]$/.test(text.trim()) &&
    !isTitleCase(words)
  );
}

/**
 * A live blog stamps each entry with its time on a line of its own ("14:05", "9.30am", "2:15 PM
 * GMT"): a label of the entry, not a paragraph of the story.
 */
const ENTRY_TIME = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?))?(?:\s+[A-Z]{2,5})?$/i;

/** Subheadings are short: "What comes next", "Why are some countries worried?". */
export const MAX_SUBHEADING_WORDS = 9;

/**
 * "Pickets outside the depot on Monday, where talks broke down" between two paragraphs: a line
 * too long for a subheading that is not a sentence is the caption of a picture inside the story.
 * Not a line that leads into what follows (":", ",", ";") nor a list item.
 */
function isInlineCaption(text: string): boolean {
  const words = wordsOf(text).length;
  return (
    words > MAX_SUBHEADING_WORDS &&
    !isProse(text) &&
    !endsLikeSentence(text) &&
    !/[:;,–—-]$/.test(text.trim()) &&
    !/^(?:[•·▪◦►*-]|\d{1,2}[.)]\s)/u.test(text)
  );
}

/** "She declined to comment." right after the last paragraph is still the article's ending. */
function isTrailingSentence(text: string): boolean {
  const words = wordsOf(text);
  // A site's Title-Case description ("Independent News on X, Y and Z.") is not a sentence.
  return (
    words.length >= 3 &&
    endsLikeSentence(text) &&
    englishStopWordRatio(words) > 0 &&
    !isTitleCase(words)
  );
}

/**
 * Where the run of short sentences that follows the last paragraph directly ends (exclusive).
 * Found in one pass: asking "does everything between the body and this unit qualify?" for each
 * unit took quadratic time on a page of thousands of short lines.
 */
function endOfTrailingSentences(units: Unit[], open: boolean[], last: number): number {
  let end = last + 1;
  while (end < units.length && open[end] && isTrailingSentence(units[end]!.text)) end++;
  return end;
}
