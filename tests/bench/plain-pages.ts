import type { Article, Paragraph } from '../../src/shared/article-schema.ts';
import { highlightSegments } from '../../src/shared/highlight-segments.ts';
import { formatDay } from '../../src/client/components/format-date.ts';
import {
  buildArticleViewModel,
  type ArticleViewModel,
  type MentionSpan,
} from '../../src/client/lens/article-view-model.ts';
import { entityLabel } from '../../src/client/lens/entity-label.ts';

/**
 * The baselines the app is measured against: the same article as static HTML with the same
 * elements, classes, data attributes and stylesheet the reading view renders, so the only
 * difference left is the work the app does at run time. Mentions are split with the app's own
 * `highlightSegments` and view model, so the spans cannot drift from what React renders.
 */

/**
 * plain-lens.html's script, copied next to it from this folder: an external file because the
 * server's CSP forbids inline scripts.
 */
export const PLAIN_LENS_SCRIPT = 'plain-lens.js';

export function plainLensHtml(article: Article, stylesheets: string[]): string {
  const model = buildArticleViewModel(article);
  const body = article.paragraphs.map((p) => paragraphWithMentions(p, model)).join('');
  return page(article, stylesheets, body, `<script src="/${PLAIN_LENS_SCRIPT}"></script>`);
}

export function plainArticleHtml(article: Article, stylesheets: string[]): string {
  const body = article.paragraphs.map((p) => paragraphElement(p, escapeHtml(p.text))).join('');
  return page(article, stylesheets, body, '');
}

/** The app's document and layout around the article (app-layout.tsx, article-route.tsx). */
function page(article: Article, stylesheets: string[], body: string, script: string): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${escapeHtml(article.title)} · Lede</title>
${links.join('\n')}
</head>
<body>
<div id="root"><a class="skip-link" href="#main">Skip to content</a><header class="site-header"><a class="site-name" href="/">Lede</a><nav aria-label="Site"><ul><li><a href="/">Library</a></li></ul></nav></header><div class="loading-bar" data-active="false" aria-hidden="true"></div><main id="main" tabindex="-1"><div class="reader-layout" data-lens="off"><article class="reader" aria-labelledby="article-title">${headerHtml(article)}<div class="reader-body" data-others="dim">${body}</div></article></div></main></div>
${script}
</body>
</html>
`;
}

/** ArticleHeader, as markup. */
function headerHtml(article: Article): string {
  const { source, byline, publishedAt, readingMinutes } = article;
  const kicker = [source.name, source.section].filter(Boolean).join(' · ');
  const meta = [
    byline ? `<span class="byline">By ${escapeHtml(byline)}</span>` : '',
    publishedAt ? `<time datetime="${publishedAt}">${formatDay(publishedAt)}</time>` : '',
    `<span>${readingMinutes} min read</span>`,
  ].join('');
  return `<header class="reader-header">${kicker ? `<p class="kicker">${escapeHtml(kicker)}</p>` : ''}<h1 id="article-title">${escapeHtml(article.title)}</h1><p class="meta">${meta}</p></header>`;
}

/** ParagraphText at rest (no lens, no selection), as markup: one <span> per segment. */
function paragraphWithMentions(paragraph: Paragraph, model: ArticleViewModel): string {
  const mentions: MentionSpan[] = model.mentionsByParagraph.get(paragraph.id) ?? [];
  const segments = highlightSegments(paragraph.text, mentions).map((segment) => {
    const inner = segment.spans[segment.spans.length - 1];
    const outer = segment.spans.length > 1 ? segment.spans[0] : undefined;
    const entity = inner ? model.entitiesById.get(inner.entityId) : undefined;
    const text = escapeHtml(segment.text);
    if (!entity) return `<span>${text}</span>`;
    const outerType = outer ? model.entitiesById.get(outer.entityId)?.type : undefined;
    const attributes = [
      'role="button"',
      'class="mention"',
      `data-entity="${entity.id}"`,
      `data-type="${entity.type}"`,
      outerType ? `data-outer-type="${outerType}"` : '',
      'aria-pressed="false"',
      `aria-label="${escapeHtml(entityLabel(entity))}"`,
      'tabindex="-1"',
    ].filter(Boolean);
    return `<span><span ${attributes.join(' ')}>${text}</span></span>`;
  });
  return paragraphElement(paragraph, segments.join(''));
}

function paragraphElement(paragraph: Paragraph, content: string): string {
  const tag = paragraph.kind === 'heading' ? 'h2' : 'p';
  return `<${tag} id="${paragraph.id}" data-lens="none" tabindex="-1">${content}</${tag}>`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
