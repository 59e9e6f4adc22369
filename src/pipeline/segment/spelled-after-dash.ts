/**
 * "KTN Europe — Kestrel Television News": a logo's lettering, then after the dash the name the
 * copyright line gives the site. That part is not a tagline but the publication's full name.
 */
export function spelledAfterDash(line: string, fuller: string[]): string | null {
  const after = /\s+[-–—]\s+(\S.*)$/u.exec(line)?.[1]?.trim();
  return after !== undefined && fuller.includes(after) ? after : null;
}
