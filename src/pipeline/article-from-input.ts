import type { Article } from '../shared/article-schema.ts';
import type { PipelineStep } from '../shared/worker-protocol.ts';
import { decodeInput } from './decode-input.ts';
import { extractArticleText } from './html/extract-article-text.ts';
import { preprocessArticle } from './preprocess-article.ts';

export type InputOptions = {
  /** The file's name as the reader chose it (no folders): it is kept as `sourceFile`. */
  fileName: string;
  referenceDate: string | null;
  /** Told before each slow step, so a browser can show progress. */
  onStep?: (step: PipelineStep) => void;
};

const HTML_NAME = /\.(?:html?|xhtml)$/i;
const TEXT_NAME = /\.(?:txt|text)$/i;
const HTML_START = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i;

/**
 * One input file (or pasted text) to an article: the single path both the CLI and the browser's
 * worker take, which is what makes their JSON byte-identical. HTML, by name or, for a name
 * that says neither, by its first tag, goes through the article extractor first; a .txt file is
 * always text, even when it contains tags (they are shown as text).
 */
export function articleFromInput(bytes: Uint8Array, options: InputOptions): Article {
  options.onStep?.('reading');
  let text = decodeInput(bytes);
  if (isHtml(options.fileName, text)) {
    options.onStep?.('extracting');
    text = extractArticleText(text);
  }
  options.onStep?.('understanding');
  return preprocessArticle(text, {
    sourceFile: options.fileName,
    referenceDate: options.referenceDate,
  });
}

export function isHtml(fileName: string, text: string): boolean {
  if (HTML_NAME.test(fileName)) return true;
  if (TEXT_NAME.test(fileName)) return false;
  return HTML_START.test(text.slice(0, 4096));
}
