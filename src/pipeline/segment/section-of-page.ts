import type { Unit } from '../01-clean.ts';
import { bylineDesk } from './byline-desk.ts';
import { findSection } from './find-section.ts';

/** Furniture kinds that may still name the section: a repeated kicker, a breadcrumb. */
const SECTION_BEARING = new Set(['repeated label', 'breadcrumb', 'section label']);

/** Share and menu buttons: "Email", "Copy link", "More". */
function isButton(unit: Unit | undefined): boolean {
  return unit?.furniture === 'navigation or sharing label' || unit?.furniture === 'sharing button';
}

/**
 * The section, from the evidence above the headline. The author's desk, when the menu lists it,
 * wins ("Transport Correspondent" under a menu with "Transport"): a sports page's tab row
 * ("Line-ups", "Match Stats") may stand right above the headline. Otherwise the kicker, unless
 * it stands between two buttons: then it is one of a share bar's options ("Email / Digest /
 * More"); or a section bar.
 */
export function sectionOfPage(
  units: Unit[],
  at: {
    titleIndex: number;
    sourceName: string | null;
    metadata: string[];
    isMetadata: (i: number) => boolean;
  },
): string | null {
  const head = units.slice(0, at.titleIndex);
  const desk = bylineDesk(
    at.metadata,
    head.map((u) => u.text),
  );
  if (desk) return desk;
  const usable = head.filter((u) => u.furniture === null || SECTION_BEARING.has(u.furniture));
  const last = usable.length > 0 ? head.lastIndexOf(usable[usable.length - 1]!) : -1;
  const kicker = last < 0 || !(isButton(head[last - 1]) && isButton(head[last + 1]));
  return findSection(
    usable.map((u) => u.text),
    at.sourceName,
    at.metadata,
    units.map((u) => u.text),
    units.filter((u) => u.furniture === 'navigation bar').map((u) => u.text),
    { kicker },
  );
}
