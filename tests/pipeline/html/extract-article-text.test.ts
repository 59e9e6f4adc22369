import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/pipeline/decode-input.ts';
import { extractArticleText } from '../../../src/pipeline/html/extract-article-text.ts';

const page = (name: string) =>
  readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url), 'utf8');

describe('extractArticleText', () => {
  const text = extractArticleText(page('harbour-cranes.html'));
  const blocks = text.trimEnd().split('\n\n');

  it('starts with the headline and site, the byline and the date the page states', () => {
    expect(blocks.slice(0, 3)).toEqual([
      'Storm shuts Bellmare port as cranes sway | The Coast Gazette',
      'By Ana Ruiz',
      // The publisher's own calendar day, not converted to another time zone.
      'Published 2025-03-04',
    ]);
  });

  it('keeps the lead picture’s caption even when the extractor drops the picture', () => {
    expect(blocks).toContain(
      'Waves broke over the sea wall at Bellmare on Tuesday. Photo: Jo Bell',
    );
  });

  it('gives each paragraph and subheading its own block, with HTML white space collapsed', () => {
    expect(blocks).toContain(
      'It is the first full closure since February 2019, when a fire in a fuel depot kept ships at anchor for three days.',
    );
    expect(blocks).toContain('Millions lost each day');
  });

  it('leaves out menus, cookie banners, newsletter boxes, related links, footers and scripts', () => {
    for (const furniture of [
      'Accept all',
      'Subscribe for',
      'Get the morning briefing',
      'Most read',
      'All rights reserved',
      'dataLayer',
      'Share on Facebook',
    ])
      expect(text).not.toContain(furniture);
  });

  it('does not repeat the headline as a body paragraph', () => {
    expect(blocks.filter((b) => b.startsWith('Storm shuts Bellmare port'))).toHaveLength(1);
  });

  it('refuses a page with no article, saying why', () => {
    expect(() => extractArticleText('<html><body><script>x()</script></body></html>')).toThrow(
      InputError,
    );
    expect(() => extractArticleText('<html><body><script>x()</script></body></html>')).toThrow(
      /no article found/,
    );
  });

  it('treats markup in the article as text it renders, never as code', () => {
    const hostile = extractArticleText(
      `<html><head><title>Council vote</title></head><body><article>
      <p>The council voted on Monday to keep the library open for another decade of readers.</p>
      <p>A sign read &lt;script&gt;alert(1)&lt;/script&gt; and the crowd laughed at the joke.</p>
      <p><img src=x onerror="alert(2)">Nobody was hurt, and the meeting ended early that night.</p>
      </article></body></html>`,
    );
    expect(hostile).toContain('A sign read <script>alert(1)</script> and the crowd laughed');
    expect(hostile).not.toContain('onerror');
  });
});
