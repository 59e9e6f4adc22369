/**
 * Hostile HTML (issue 7 feeds pages straight from the web): whatever markup comes in, the
 * extractor and the pipeline give a schema-valid article or a known, clear refusal, and the
 * same page gives the same bytes every time (the browser's worker and the CLI rely on it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NoArticleError } from '../../../src/pipeline/02-segment.ts';
import { articleFromInput } from '../../../src/pipeline/article-from-input.ts';
import { InputError } from '../../../src/pipeline/decode-input.ts';
import { articleJson } from '../../../src/shared/article-json.ts';
import { ArticleSchema } from '../../../src/shared/article-schema.ts';
import { HTML_PIECES, newsPage, pick, unicodeText } from '../hostile-input.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved page: head with title and metadata, body with blocks made from a generated news page. */
const savedPage = fc
  .record({
    page: newsPage({ spice: 2 }),
    wrappers: fc.array(pick(['article', 'main', 'div', 'section', 'td']), { maxLength: 3 }),
    noise: fc.array(fc.tuple(fc.nat(), pick(HTML_PIECES)), { maxLength: 10 }),
    published: fc.option(pick(['2025-03-04T18:40:00-05:00', 'yesterday', '', '2025-13-45']), {
      nil: undefined,
    }),
    raw: fc.boolean(),
  })
  .map(({ page, wrappers, noise, published, raw }) => {
    const blocks = page.split(/\n{2,}/).map((block) => {
      const text = raw ? block : escape(block);
      return /^(?:By |Photo|Menu|Share)/.test(block) ? `<div>${text}</div>` : `<p>${text}</p>`;
    });
    let body = blocks.join('\n');
    for (const [at, piece] of noise) {
      const i = at % (body.length + 1);
      body = body.slice(0, i) + piece + body.slice(i);
    }
    for (const tag of wrappers) body = `<${tag}>${body}</${tag}>`;
    const title = escape(page.split('\n').find((l) => l.trim()) ?? '');
    const meta =
      published === undefined
        ? ''
        : `<meta property="article:published_time" content="${published}">`;
    return `<!doctype html><html><head><title>${title}</title>${meta}</head><body><nav><a href="/">Home</a></nav>${body}<footer>© Example</footer></body></html>`;
  });

const anyHtml = fc.oneof(
  { weight: 4, arbitrary: savedPage },
  { weight: 1, arbitrary: unicodeText(2000).map((t) => `<html><body>${t}</body></html>`) },
  { weight: 1, arbitrary: fc.array(pick(HTML_PIECES), { maxLength: 30 }).map((p) => p.join('')) },
);

function run(html: string): string | Error {
  try {
    const article = articleFromInput(new TextEncoder().encode(html), {
      fileName: 'page.html',
      referenceDate: '2025-06-15',
    });
    return articleJson(article);
  } catch (error) {
    if (error instanceof InputError || error instanceof NoArticleError) return error;
    throw error;
  }
}

describe('HTML input, property-based', () => {
  it('gives a schema-valid article or a clear refusal, the same bytes every time', () => {
    let articles = 0;
    fc.assert(
      fc.property(anyHtml, (html) => {
        const first = run(html);
        if (first instanceof Error) {
          expect(first.message.length).toBeGreaterThan(10);
          return;
        }
        articles++;
        expect(ArticleSchema.safeParse(JSON.parse(first)).success).toBe(true);
        expect(run(html)).toBe(first);
      }),
      { numRuns: 400 },
    );
    // The generator must reach the whole pipeline, not only its refusals.
    expect(articles).toBeGreaterThan(100);
  });
});
