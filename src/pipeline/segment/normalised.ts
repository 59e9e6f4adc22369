import { stripDecorations } from '../clean/furniture-rules.ts';

/**
 * A line as compared for repeats: a headline restated in a caption or the body differs from it
 * only in decoration, case, curly quotes and spacing, so those must not count.
 */
export function normalised(text: string): string {
  return stripDecorations(text).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
