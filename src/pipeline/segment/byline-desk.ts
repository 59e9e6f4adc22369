import { stripDecorations } from '../clean/furniture-rules.ts';

/** The desk words right before a role: "Motorsport Correspondent", "Rugby Union Reporter". */
const DESK_ROLE =
  /((?:\p{Lu}[\p{L}'’&.-]*\s+){1,3})(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Cc]ritic|[Jj]ournalist)s?\b/gu;

/**
 * The section named by the author's desk: "By Ana Ruiz, Motorsport Correspondent" on a page
 * whose menu lists "Motorsport". The desk is the section only when the menu lists it, so "Senior
 * Editor" or "Political correspondent" name no section. Tries the longest desk first ("Women's
 * Football Reporter": "Women's Football" before "Football"). Returns the desk as the byline
 * writes it.
 */
export function bylineDesk(metadata: string[], menuLabels: string[]): string | null {
  const menu = new Set(menuLabels.map((label) => stripDecorations(label).toLowerCase()));
  for (const line of metadata) {
    if (line.length > 200) continue;
    for (const match of line.matchAll(DESK_ROLE)) {
      const words = match[1]!.trim().split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        const desk = words.slice(-n).join(' ');
        if (menu.has(desk.toLowerCase())) return desk;
      }
    }
  }
  return null;
}
