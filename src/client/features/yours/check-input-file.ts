import { MAX_INPUT_BYTES } from '../../../shared/input-limit.ts';

const READABLE_NAME = /\.(?:txt|text|html?|xhtml)$/i;

/**
 * Why a chosen or dropped file cannot be an article, before any of it is read; null when it may
 * be. A file with no extension is given a chance: the pipeline checks its bytes.
 */
export function fileProblem(file: { name: string; size: number; type: string }): string | null {
  // The pipeline's own limit, checked here first so nothing is read in vain.
  if (file.size > MAX_INPUT_BYTES)
    return `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; Lede reads pages up to ${MAX_INPUT_BYTES / 1024 / 1024} MB.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  const hasExtension = /\.[^./]+$/.test(file.name);
  if (hasExtension && !READABLE_NAME.test(file.name) && !file.type.startsWith('text/'))
    return `“${file.name}” is not a text or HTML file. Lede reads .txt and .html pages.`;
  return null;
}
