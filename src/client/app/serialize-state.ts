/** Id of the JSON data block that carries the prerendered query cache and loader data. */
export const STATE_ELEMENT_ID = 'lede-state';

/**
 * JSON safe to place inside <script type="application/json">: article text is data, and a
 * "</script>" or "<!--" in it must not end the block. Escaping <, > and & as \u003c… keeps the
 * JSON identical once parsed; U+2028/9 are escaped for old parsers.
 */
export function serializeState(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
