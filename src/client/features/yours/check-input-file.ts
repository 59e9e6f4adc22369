/** Mirrors the pipeline's limit (decode-input.ts): checked here first so nothing is read in vain. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const READABLE_NAME = /\.(?:txt|text|html?|xhtml)$/i;

/**
 * Why a chosen or dropped file cannot be an article, before any of it is read; null when it may
 * be. A file with no extension is given a chance: the pipeline checks its bytes.
 */
export function fileProblem(file: { name: string; size: number; type: string }): string | null {
  if (file.size > MAX_FILE_BYTES)
    return `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; Lede reads pages up to 5 MB.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  const hasExtension = /\.[^./]+$/.test(file.name);
  if (hasExtension && !READABLE_NAME.test(file.name) && !file.type.startsWith('text/'))
    return `“${file.name}” is not a text or HTML file. Lede reads .txt and .html pages.`;
  return null;
}
