import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../decode-input.ts';
import { htmlBlocks } from './html-blocks.ts';

/**
 * A saved HTML page to the kind of text the pipeline reads (what select-all and paste gives):
 * headline, byline, date line, then the article's blocks separated by blank lines. Mozilla's
 * Readability finds the article; linkedom gives it a DOM here in Node and in the browser's Web
 * Worker (which has no DOMParser), so one parser on both sides makes the CLI and the browser
 * produce the same text, and so the same JSON, from the same page.
 */
export function extractArticleText(html: string): string {
  const { document } = parseHTML(asDocument(html));
  // Readability rewrites the document it reads; note the headlines before it does.
  const headlines = Array.from(document.querySelectorAll('h1'), (h) => squash(h.textContent));
  // Readability often keeps only the text column and drops the lead picture above it; its
  // caption and credit belong to the article all the same.
  const leadCaption = squash(
    document.querySelector('article figcaption, main figcaption, [role="main"] figcaption')
      ?.textContent,
  );
  const found = new Readability(document as unknown as Document, {
    serializer: (element) => element,
  }).parse();
  const content = found?.content as unknown as Parameters<typeof htmlBlocks>[0] | undefined;
  const blocks = content ? htmlBlocks(content) : [];
  if (!found || blocks.length === 0)
    throw new InputError('no article found in this HTML page (only menus, links or scripts)');

  const title = squash(found.title) || headlines[0] || '';
  const byline = squash(found.byline);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(squash(found.publishedTime))?.[0];
  const site = squash(found.siteName);
  const header = [
    // "Headline | Site" is how pages name themselves; the segmenter reads the source from it.
    site && !title.includes(site) ? `${title} | ${site}` : title,
    byline && (/^by\b/i.test(byline) ? byline : `By ${byline}`),
    day && `Published ${day}`,
  ].filter((line): line is string => Boolean(line));
  // The headline and byline are already in the header; the article often repeats them.
  const repeats = headlines.filter((h) => h && title.includes(h));
  const seen = new Set([title, headlineOf(title), ...repeats, byline, `By ${byline}`]);
  const body = blocks.filter((block) => !seen.has(block));
  if (leadCaption && !body.includes(leadCaption)) header.push(leadCaption);
  return `${[...header, ...body].join('\n\n')}\n`;
}

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function headlineOf(title: string): string {
  return title.split(/\s+[|–—-]\s+/)[0] ?? title;
}

/**
 * linkedom builds <html>, <head> and <body> only when the markup has them, where a browser
 * always does; a fragment or a page that leaves them implied ("<title>…<p>…") gets them here,
 * so Readability always receives a whole document.
 */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  const rest = html.replace(/^\uFEFF?\s*<!doctype[^>]*>/i, '');
  return /<body[\s>]/i.test(rest)
    ? `<!doctype html><html>${rest}</html>`
    : `<!doctype html><html><head></head><body>${rest}</body></html>`;
}
