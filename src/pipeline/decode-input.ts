import { MAX_INPUT_BYTES, tooLarge } from '../shared/input-limit.ts';

export class InputError extends Error {}

/**
 * Bytes to text, or a clear reason why these bytes are not an article we can read: too large,
 * empty, binary, or not UTF-8 (with the offset of the first bad byte, so it can be fixed).
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(tooLarge(bytes.length));
  }
  if (bytes.length === 0) throw new InputError('file is empty');
  const head = bytes.subarray(0, 8000);
  const controls = head.filter((b) => b < 9 || (b > 13 && b < 32)).length;
  if (head.includes(0) || controls / head.length > 0.05) {
    throw new InputError('file looks binary (it contains NUL or control bytes), not text');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      `file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8`,
    );
  }
  if (text.trim() === '') throw new InputError('file has only white space');
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
