/**
 * Text as the rest of the pipeline sees it: LF line ends, no BOM, no invisible formatting
 * characters that break matching, runs of spaces (including no-break spaces) folded to one.
 * Joiners (U+200C, U+200D) stay: some scripts and emoji need them.
 */
export function normaliseText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u200B\u2060\uFEFF\u00AD]/g, '')
      // Stray control characters from binary-ish pastes; \t and \n are handled separately.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[\u2028\u2029]/g, '\n')
      .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000 ]+/g, ' ')
  );
}
