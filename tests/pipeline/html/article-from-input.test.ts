import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromInput, isHtml } from '../../../src/pipeline/article-from-input.ts';
import { NoArticleError } from '../../../src/pipeline/02-segment.ts';
import { InputError } from '../../../src/pipeline/decode-input.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url)));

describe('isHtml', () => {
  it('goes by the file name when it says html or text', () => {
    expect(isHtml('page.HTML', 'plain words')).toBe(true);
    expect(isHtml('page.htm', 'plain words')).toBe(true);
    // A text file that quotes markup is still text: the tags are shown as written.
    expect(isHtml('notes.txt', '<!doctype html><p>hi</p>')).toBe(false);
  });

  it('otherwise looks at how the input starts (pasted text has no name to go by)', () => {
    expect(isHtml('pasted text', '\uFEFF  <!DOCTYPE html><html>…')).toBe(true);
    expect(isHtml('pasted text', '<!-- saved --> <html lang="en">')).toBe(true);
    expect(isHtml('pasted text', 'Headline\n\n<b>not a page</b>')).toBe(false);
  });
});

describe('articleFromInput', () => {
  it('reads a saved HTML page through the extractor into a full article', () => {
    const steps: string[] = [];
    const article = articleFromInput(fixture('harbour-cranes.html'), {
      fileName: 'harbour-cranes.html',
      referenceDate: null,
      onStep: (step) => steps.push(step),
    });
    expect(steps).toEqual(['reading', 'extracting', 'understanding']);
    expect(article).toMatchObject({
      title: 'Storm shuts Bellmare port as cranes sway',
      source: { name: 'The Coast Gazette' },
      byline: 'Ana Ruiz',
      publishedAt: '2025-03-04',
      sourceFile: 'harbour-cranes.html',
      image: {
        caption: 'Waves broke over the sea wall at Bellmare on Tuesday.',
        credit: 'Jo Bell',
      },
    });
    expect(article.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Lina Okafor', 'Tomás Varga', 'Maritime Safety Agency']),
    );
    const speakers = new Map(article.entities.map((e) => [e.id, e.name]));
    expect(article.quotes.map((q) => speakers.get(q.speakerId ?? ''))).toContain('Tomás Varga');
    expect(article.dates.map((d) => [d.text, d.value])).toEqual(
      expect.arrayContaining([
        ['February 2019', '2019-02'],
        ['March 10', '2025-03-10'],
      ]),
    );
  });

  it('gives the same article for the same page whatever the time zone of the machine', () => {
    // The browser's worker runs in the reader's zone, the CLI in the build machine's.
    const run = () =>
      JSON.stringify(
        articleFromInput(fixture('harbour-cranes.html'), {
          fileName: 'harbour-cranes.html',
          referenceDate: null,
        }),
      );
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = run();
      process.env.TZ = 'America/Anchorage';
      expect(run()).toBe(east);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('says clearly why an input is not an article', () => {
    const options = { fileName: 'x.txt', referenceDate: null };
    expect(() => articleFromInput(new Uint8Array(), options)).toThrow(InputError);
    expect(() => articleFromInput(new Uint8Array([0, 1, 2, 3]), options)).toThrow(/binary/);
    expect(() =>
      articleFromInput(fixture('only-links.html'), { ...options, fileName: 'sitemap.html' }),
    ).toThrow(NoArticleError);
  });

  it('keeps plain text away from the HTML extractor', () => {
    const steps: string[] = [];
    const article = articleFromInput(
      bytes(
        'Harbour Council Approves New Ferry Timetable\n\nThe council approved a new ferry timetable on Tuesday after a long debate about <late> sailings and <b>fares</b>.\n',
      ),
      { fileName: 'pasted text', referenceDate: '2025-06-12', onStep: (s) => steps.push(s) },
    );
    expect(steps).not.toContain('extracting');
    expect(article.paragraphs[0]?.text).toContain('<late> sailings and <b>fares</b>');
    expect(article.anchorDate).toBe('2025-06-12');
  });
});
