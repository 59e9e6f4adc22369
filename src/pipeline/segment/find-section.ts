import { stripDecorations } from '../clean/furniture-rules.ts';

const CRUMB_SEPARATOR = /\s*[>›»]\s*|\s+\/\s+/;

/**
 * The section a page files the story under, from what sits above the headline. The line right
 * above the headline is the usual place (a kicker: "Politics", a breadcrumb "News › Courts" whose
 * last crumb is the most specific); failing that, a section bar ("| Politics") or a labelled line
 * ("Section: World") anywhere above it, the closest one winning.
 */
export function findSection(
  headTexts: string[],
  sourceName: string | null,
  metadata: string[] = [],
): string | null {
  // Not the publication's name, nor a date line, nor a wire that signs the byline ("By Ana Ruiz,
  // Celtic Wire"). A desk inside a role ("Sports Wire Cricket Writer") may still be the section.
  const usable = headTexts.filter((t) => {
    const label = stripDecorations(t);
    return label !== sourceName && !metadata.some((line) => signsWith(line, label));
  });
  const kicker = usable.length > 0 ? kickerFrom(usable[usable.length - 1]!) : null;
  if (kicker) return kicker;
  for (let i = usable.length - 1; i >= 0; i--) {
    const section = markedSectionFrom(usable[i]!);
    if (section) return section;
  }
  return null;
}

/** The metadata line is the label, or ends with it after a separator. */
function signsWith(line: string, label: string): boolean {
  const text = stripDecorations(line);
  if (text === label) return true;
  return text.endsWith(label) && /[,|·•–—-]\s*$/.test(text.slice(0, -label.length));
}

function kickerFrom(text: string): string | null {
  const crumbs = text
    .split(CRUMB_SEPARATOR)
    .map((c) => stripDecorations(c))
    .filter(Boolean);
  const last = crumbs[crumbs.length - 1];
  if (!last || !crumbs.every((c) => c.split(/\s+/).length <= 4)) return null;
  return isLabel(last) ? last : null;
}

function markedSectionFrom(text: string): string | null {
  const labelled = /^(?:section|category|filed under|topic)\s*:\s*(.{2,40})$/i.exec(text);
  if (labelled) return labelled[1]!.trim();
  if (CRUMB_SEPARATOR.test(text)) return kickerFrom(text);
  // A section bar: a short capitalised label that the page set off with a bullet or pipe.
  if (/^[\s|•·›»]+\S/u.test(text)) {
    const label = stripDecorations(text);
    if (isLabel(label)) return label;
  }
  return null;
}

function isLabel(text: string): boolean {
  return (
    /^\p{Lu}/u.test(text) &&
    text.split(/\s+/).length <= 4 &&
    !/[.!?:,;]$/.test(text) &&
    !/\s{2,}/.test(text)
  );
}
