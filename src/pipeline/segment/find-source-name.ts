/**
 * The publication's name, when the page says it: a site greeting ("Welcome to The Daily Post"),
 * a copyright line ("© 2025 Harbour Media Group. All rights reserved.") or a headline suffix
 * ("Headline | The Daily Post"). Null when the page does not name itself.
 */
export function findSourceName(texts: string[], titleSuffix: string | null): string | null {
  if (titleSuffix) return titleSuffix;
  for (const text of texts) {
    const greeting = /^welcome to\s+(.+?)[.!]?$/i.exec(text);
    if (greeting && isName(greeting[1]!)) return greeting[1]!.trim();
  }
  for (const text of texts) {
    const copyright =
      /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.+?)[.,]?\s*(?:all rights reserved.*)?$/i.exec(
        text,
      );
    if (copyright && isName(copyright[1]!)) return copyright[1]!.trim();
  }
  return null;
}

function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length >= 1 && words.length <= 6 && /^\p{Lu}|^\d/u.test(text.trim()) && !/[!?]/.test(text)
  );
}
