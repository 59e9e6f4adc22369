import type { Unit } from '../01-clean.ts';
import { bylineDesk } from './byline-desk.ts';
import { findSection } from './find-section.ts';

/** Furniture kinds that may still name the section: a repeated kicker, a breadcrumb. */
const SECTION_BEARING = new Set(['repeated label', 'breadcrumb', 'section label']);

/**
 * "MARKETS" over a ticker strip, over the headline: a label in capitals that only a ticker
 * separates from the headline is a kicker, though it reads like a menu button.
 */
function capitalsKicker(head: Unit[], i: number): boolean {
  const unit = head[i]!;
  if (unit.furniture !== 'navigation or sharing label') return false;
  if (!/^\p{Lu}[\p{Lu}\s&-]{2,30}$/u.test(unit.text.trim())) return false;
  // (Right above the headline, a capitals badge is as likely: "PREMIUM", "EXCLUSIVE".)
  const between = head.slice(i + 1);
  return between.length > 0 && between.every((u) => u.furniture === 'market ticker');
}

/**
 * "Markets | Companies | Deals | Podcasts" / "Deals" / headline: a menu word alone right above the
 * headline, repeating an item of a menu bar above it, is the kicker naming the menu's section the
 * story is filed under, though the word on its own reads like a menu button.
 */
function menuKicker(head: Unit[], i: number): boolean {
  const unit = head[i]!;
  if (i !== head.length - 1 || unit.furniture !== 'navigation or sharing label') return false;
  const label = unit.text.trim().toLowerCase();
  return head
    .slice(0, i)
    .some(
      (u) =>
        u.furniture === 'navigation bar' &&
        [...u.cells, ...u.text.split(/\s*[|•·]\s*/)].some(
          (item) => item.trim().toLowerCase() === label,
        ),
    );
}

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
  },
): string | null {
  const head = units.slice(0, at.titleIndex);
  const desk = bylineDesk(
    at.metadata,
    head.map((u) => u.text),
  );
  if (desk) return desk;
  const usable = head.filter(
    (u, i) =>
      u.furniture === null ||
      SECTION_BEARING.has(u.furniture) ||
      capitalsKicker(head, i) ||
      menuKicker(head, i),
  );
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
