import { stripDecorations } from '../clean/furniture-rules.ts';

const BREADCRUMB = /^(.+?)(?:\s*[>›»/]\s*(.+?))+$/;

/**
 * The section a page files the story under, from what sits above the headline: a section bar
 * ("| Politics"), a labelled line ("Section: World"), or a breadcrumb whose last crumb is the most
 * specific ("Technology > Artificial intelligence"). The closest one to the headline wins.
 */
export function findSection(headTexts: string[]): string | null {
  for (let i = headTexts.length - 1; i >= 0; i--) {
    const section = sectionFrom(headTexts[i]!);
    if (section) return section;
  }
  return null;
}

function sectionFrom(text: string): string | null {
  const labelled = /^(?:section|category|filed under|topic)\s*:\s*(.{2,40})$/i.exec(text);
  if (labelled) return labelled[1]!.trim();
  if (BREADCRUMB.test(text) && /[>›»]/.test(text)) {
    const crumbs = text
      .split(/\s*[>›»]\s*/)
      .map((c) => c.trim())
      .filter(Boolean);
    const last = crumbs[crumbs.length - 1];
    if (crumbs.length >= 2 && crumbs.every((c) => c.split(/\s+/).length <= 4) && last) return last;
  }
  // A section bar: a short capitalised label that the page set off with a bullet or pipe.
  if (/^[\s|•·›»]+\S/u.test(text)) {
    const label = stripDecorations(text);
    if (/^\p{Lu}/u.test(label) && label.split(/\s+/).length <= 3 && !/[.!?:]$/.test(label))
      return label;
  }
  return null;
}
