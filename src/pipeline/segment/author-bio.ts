/**
 * "Ana Ruiz has covered courts for a decade and …" at the end of a story signed by Ana Ruiz: the
 * author's bio. A reporter does not name themself in their own story's last paragraph; a
 * paragraph that opens with the full name of a byline author is the note about them.
 */
export function isAuthorBio(text: string, byline: string | null): boolean {
  if (byline === null) return false;
  return byline
    .split(/\s*,\s*|\s+and\s+/)
    .filter((name) => name.split(/\s+/).length >= 2)
    .some((name) => text.startsWith(`${name} `));
}
