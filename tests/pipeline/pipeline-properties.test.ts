/**
 * Property-based tests for hostile input (issue 6): whatever text or bytes come in, the pipeline
 * either produces a schema-valid article or fails with a known, clear error; spans stay inside
 * their paragraphs and whole code points; the same input gives the same bytes; no line of the
 * page disappears; and HTML is kept as text. Generators mix random Unicode and control characters
 * with structured news pages (so the properties reach every stage, not only the error path) and
 * with a few huge inputs (100k-character lines, 10,000 paragraphs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NoArticleError } from '../../src/pipeline/02-segment.ts';
import { InvalidArticleError } from '../../src/pipeline/assemble-article.ts';
import { decodeInput, InputError } from '../../src/pipeline/decode-input.ts';
import { MAX_INPUT_BYTES } from '../../src/shared/input-limit.ts';
import { preprocessArticle } from '../../src/pipeline/preprocess-article.ts';
import { parseCaption } from '../../src/pipeline/segment/parse-caption.ts';
import { ArticleSchema, type Article, type TextSpan } from '../../src/shared/article-schema.ts';
import {
  anyBytes,
  anyText,
  headline,
  hostileText,
  HTML_PIECES,
  htmlPage,
  newsPage,
  paragraph,
  pick,
  spiced,
  unicodeText,
} from './hostile-input.ts';
import {
  consumedAsMetadata,
  lostLines,
  numberedLines,
  squash,
  unitTexts,
  verbatimCheck,
} from './lost-lines.ts';

// ---------------------------------------------------------------------------------------------
// Running the pipeline

type Outcome = { kind: 'article'; article: Article } | { kind: 'refused'; error: Error };

const OPTIONS = { sourceFile: 'property.txt', referenceDate: '2025-06-15' };

/** Only InputError and NoArticleError are acceptable refusals; anything else fails the test. */
function run(text: string, referenceDate: string | null = OPTIONS.referenceDate): Outcome {
  try {
    return {
      kind: 'article',
      article: preprocessArticle(text, { sourceFile: OPTIONS.sourceFile, referenceDate }),
    };
  } catch (error) {
    if (error instanceof NoArticleError || error instanceof InputError)
      return { kind: 'refused', error };
    throw error; // InvalidArticleError (a pipeline bug) or an unexpected exception
  }
}

function runBytes(bytes: Uint8Array): Outcome {
  let text: string;
  try {
    text = decodeInput(bytes);
  } catch (error) {
    if (error instanceof InputError) return { kind: 'refused', error };
    throw error;
  }
  return run(text);
}

/** The article's JSON, or the refusal's class and message (an Error's own JSON is "{}"). */
function fingerprint(outcome: Outcome): string {
  return outcome.kind === 'article'
    ? JSON.stringify(outcome.article)
    : `${outcome.error.constructor.name}: ${outcome.error.message}`;
}

/** Property 1: a refusal has a known class and a message; an article passes the schema. */
function expectValidOutcome(outcome: Outcome): void {
  if (outcome.kind === 'refused') {
    expect(outcome.error).not.toBeInstanceOf(InvalidArticleError);
    expect(outcome.error.message.length).toBeGreaterThan(0);
    return;
  }
  const parsed = ArticleSchema.safeParse(outcome.article);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
}

// ---------------------------------------------------------------------------------------------
// Span checks (property 2)

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

function spanProblems(article: Article): string[] {
  const texts = new Map(article.paragraphs.map((p) => [p.id, p.text]));
  const problems: string[] = [];
  const check = (span: TextSpan, what: string) => {
    const text = texts.get(span.paragraphId);
    if (text === undefined) return problems.push(`${what}: no paragraph ${span.paragraphId}`);
    if (!(span.start >= 0 && span.start < span.end && span.end <= text.length))
      return problems.push(`${what}: ${span.start}-${span.end} outside length ${text.length}`);
    if (splitsPair(text, span.start) || splitsPair(text, span.end))
      return problems.push(`${what}: ${span.start}-${span.end} splits a surrogate pair`);
    return undefined;
  };
  const slice = (span: TextSpan) => texts.get(span.paragraphId)?.slice(span.start, span.end);
  for (const e of article.entities) {
    const forms = new Set([e.name, ...e.aliases]);
    for (const m of e.mentions) {
      check(m, `mention of ${e.id}`);
      // A mention points at one of the entity's surface forms, not at neighbouring words.
      const text = slice(m);
      if (text !== undefined && !forms.has(text))
        problems.push(`mention of ${e.id}: "${text}" is not its name or an alias`);
    }
  }
  for (const q of article.quotes) {
    check(q, `quote ${q.id}`);
    q.continuations.forEach((c) => check(c, `continuation of ${q.id}`));
    // A quote's text is its parts, as written, joined by a space.
    const parts = [q, ...q.continuations].map((s) => slice(s)?.trim()).join(' ');
    if (parts !== q.text) problems.push(`quote ${q.id}: text differs from its spans`);
  }
  for (const d of article.dates) {
    check(d, `date ${d.id}`);
    check(d.sentence, `sentence of ${d.id}`);
    if (slice(d) !== d.text) problems.push(`date ${d.id}: text differs from its span`);
    if (
      d.paragraphId !== d.sentence.paragraphId ||
      d.start < d.sentence.start ||
      d.end > d.sentence.end
    )
      problems.push(`date ${d.id}: not inside its sentence`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The properties

/**
 * Bulk runs per property: 10,100 generated inputs (determinism runs each twice), plus the huge
 * cases. `PROPERTY_RUNS_SCALE=10 npx vitest run tests/pipeline/pipeline-properties.test.ts`
 * soaks locally with ten times the runs (and the time limits).
 */
const SCALE = Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE ?? 1) || 1);
const RUNS = {
  outcomeText: 2500 * SCALE,
  outcomeBytes: 2000 * SCALE,
  spans: 2000 * SCALE,
  determinism: 1000 * SCALE,
  nothingLost: 2000 * SCALE,
  html: 600 * SCALE,
};
/** Per bulk property: a few times its usual 3-8 s on two busy cores, so only a hang fails it. */
const BULK_TIMEOUT = 45_000 * SCALE;

describe('pipeline properties over generated input', () => {
  it(
    '1a. text gives a schema-valid article or a known error, never another exception',
    () => {
      fc.assert(
        fc.property(
          anyText,
          fc.option(pick(['2025-06-15', '1999-12-31']), { nil: null }),
          (text, ref) => expectValidOutcome(run(text, ref)),
        ),
        { numRuns: RUNS.outcomeText },
      );
    },
    BULK_TIMEOUT,
  );

  it(
    '1b. bytes go through decodeInput: an InputError or the same guarantee as text',
    () => {
      fc.assert(
        fc.property(anyBytes, (bytes) => expectValidOutcome(runBytes(bytes))),
        { numRuns: RUNS.outcomeBytes },
      );
    },
    BULK_TIMEOUT,
  );

  it(
    '2. every span lies inside its paragraph and splits no surrogate pair',
    () => {
      fc.assert(
        fc.property(fc.oneof(newsPage({ spice: 4 }), hostileText(300), htmlPage), (text) => {
          const outcome = run(text);
          if (outcome.kind === 'article') expect(spanProblems(outcome.article)).toEqual([]);
        }),
        { numRuns: RUNS.spans },
      );
    },
    BULK_TIMEOUT,
  );

  it(
    '3. the same input gives the same JSON, whatever ran before it',
    () => {
      fc.assert(
        fc.property(anyText, anyText, (text, other) => {
          const first = fingerprint(run(text));
          run(other); // any state left behind by another input must not change the result
          expect(fingerprint(run(text))).toBe(first);
        }),
        { numRuns: RUNS.determinism },
      );
    },
    BULK_TIMEOUT,
  );

  it(
    '4. no line is lost: each is in a paragraph, in removed, or consumed as a field',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(newsPage({ spice: 3 }), newsPage({ spice: 0 }), hostileText(300)),
          (text) => {
            const outcome = run(text);
            if (outcome.kind === 'article') expect(lostLines(text, outcome.article)).toEqual([]);
          },
        ),
        { numRuns: RUNS.nothingLost },
      );
    },
    BULK_TIMEOUT,
  );

  it(
    '5. HTML is text: lines with markup reach the article verbatim or go whole to removed',
    () => {
      fc.assert(
        fc.property(htmlPage, (text) => {
          const outcome = run(text);
          if (outcome.kind === 'article') expect(markupProblems(text, outcome.article)).toEqual([]);
        }),
        { numRuns: RUNS.html },
      );
    },
    BULK_TIMEOUT,
  );
});

const MARKUP = /<[^<>]*>|&#?\w+;|[<>&]/g;

/**
 * Lines with markup must reach a paragraph, `removed` or the headline verbatim: no tag stripped,
 * no entity decoded. The only other ways out: a byline or date line (which keep only names and
 * dates, by design) or a caption line, whose tags and entities must stay literally in the caption
 * or credit.
 */
function markupProblems(text: string, article: Article): string[] {
  const inHome = verbatimCheck(article);
  const units = unitTexts(text);
  const { image } = article;
  const imageText = image
    ? squash([image.caption, image.credit, image.licence, image.via].join(' '))
    : '';
  return numberedLines(text)
    .filter(({ text: line }) => /[<>&]/.test(line))
    .filter(({ text: line, line: n }) => !inHome(line, units.get(n), 'whole unit'))
    .filter(({ line: n }) => !consumedAsMetadata(units.get(n) ?? '', article))
    .filter(({ text: line }) => !(line.match(MARKUP) ?? []).every((m) => imageText.includes(m)))
    .filter(({ text: line, line: n }) => !inHome(line, units.get(n), 'any part'))
    .map(({ text: line }) => `markup not kept as text: ${line}`);
}

// ---------------------------------------------------------------------------------------------
// Huge inputs: a handful of runs each, every property at once

const BODY =
  'The transport minister announced a new plan for rural buses on Tuesday, and the council ' +
  'said it would review the budget.';

function expectAllProperties(text: string): Outcome {
  const outcome = run(text);
  expectValidOutcome(outcome);
  if (outcome.kind === 'article') {
    expect(spanProblems(outcome.article)).toEqual([]);
    expect(lostLines(text, outcome.article)).toEqual([]);
    expect(markupProblems(text, outcome.article)).toEqual([]);
  }
  return outcome;
}

describe('huge inputs', () => {
  it('a 100,000-character line, of prose or of noise, inside a page', () => {
    const longLine = fc
      .tuple(fc.oneof(paragraph, hostileText(20), unicodeText(20), pick(HTML_PIECES)), fc.boolean())
      .filter(([unit]) => unit.length > 0)
      .map(([unit, spaces]) => {
        const piece = spaces ? `${unit} ` : unit;
        const text = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
        // Report a failure as the repeated piece, not as 100,000 characters.
        return { text, [fc.toStringMethod]: () => `${JSON.stringify(piece)} repeated to 100,000` };
      });
    fc.assert(
      fc.property(newsPage({ spice: 0 }), longLine, fc.nat(), (page, line, at) => {
        const lines = page.split('\n');
        lines.splice(at % (lines.length + 1), 0, '', line.text, '');
        expectAllProperties(lines.join('\n'));
      }),
      { numRuns: 5 },
    );
  }, 30_000);

  it('10,000 paragraphs', () => {
    fc.assert(
      fc.property(
        headline,
        fc.array(spiced(paragraph, 1), { minLength: 10_000, maxLength: 10_000 }),
        (title, paragraphs) => {
          const outcome = expectAllProperties([title, ...paragraphs].join('\n\n'));
          expect(outcome.kind).toBe('article');
        },
      ),
      { numRuns: 1 },
    );
  }, 30_000);

  it('100,000 lines in one block, with no blank line between them', () => {
    fc.assert(
      fc.property(headline, pick(['ab', 'Share', 'x.', '“', '<p>', '😀']), (title, line) => {
        const lines = Array.from({ length: 100_000 }, (_, i) => `${line} ${i}`);
        expectAllProperties([title, '', BODY, ...lines].join('\n'));
      }),
      { numRuns: 1 },
    );
  }, 30_000);

  // Lines the random pieces above once hit: each made a stage quadratic in the run's length
  // (a surname's tails, a run of titles, a comma list of one name, thousands of dates in one
  // sentence), so a 100,000-character line took from half a minute to four. The time limit is the check.
  it.each(['Sá ', 'Mr ', 'Aaa, Bbb, ', 'in 2019 '])(
    'a 100,000-character line of %j repeated',
    (piece) => {
      const line = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
      expectAllProperties(['A headline about the run', '', BODY, '', line, '', BODY].join('\n'));
    },
    10_000,
  );

  it('bytes over the size limit are refused before decoding', () => {
    const bytes = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
    const outcome = runBytes(bytes);
    expect(outcome.kind).toBe('refused');
  }, 10_000);
});

// ---------------------------------------------------------------------------------------------
// Bugs the properties found, as named examples (see tests/fixtures/edge-cases.md)

describe('regressions found by the properties', () => {
  const article = (text: string) => {
    const outcome = run(text, null);
    if (outcome.kind !== 'article') throw outcome.error;
    return outcome.article;
  };

  it('a page whose only paragraph is one short exclaimed sentence keeps it (was an invalid article)', () => {
    const a = article('Northgate News\n\nThe council has approved the new bus budget at last!');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'The council has approved the new bus budget at last!',
    ]);
    expect(a.title).toBe('The council has approved the new bus budget at last!');
  });

  it('a page whose only prose repeats its headline is refused as no article (was an invalid article)', () => {
    const line = 'Ministers approve the new rural bus budget for the next year.';
    const outcome = run(`${line}\n\nBy Ana Ruiz\n\n${line}`);
    expect(outcome.kind).toBe('refused');
    expect(outcome.kind === 'refused' && outcome.error).toBeInstanceOf(NoArticleError);
  });

  it('a 100,000-letter capitalised "word" above the headline is not a masthead (was a RegExp too large)', () => {
    const a = article(
      `${'A'.repeat(100_000)}\n\nMinisters face rebellion over bus cuts\n\n${BODY}`,
    );
    expect(a.title).toBe('Ministers face rebellion over bus cuts');
    expect(a.source.name).toBeNull();
  });

  it('a second byline line goes to removed instead of vanishing', () => {
    const a = article(
      `Ministers face rebellion over bus cuts\n\nBy Ana Ruiz\n\nBy Tom Ortega\n\n${BODY}`,
    );
    expect(a.byline).toBe('Ana Ruiz');
    expect(a.removed).toContain('By Tom Ortega');
  });

  it('a "said … reporters" line above the body that reads as a second byline is kept in removed', () => {
    const text =
      'The Lisbon Plan\n\nWords by Ana Ruiz | Reuters\n\nJean-Luc Moreau told reporters: “The\n\n' +
      'She said the plan would be reviewed next week.';
    expect(lostLines(text, article(text))).toEqual([]);
  });

  it.each([
    ['Arabic', 'وزير النقل يعلن خطة جديدة للحافلات'],
    ['Hebrew', 'שר התחבורה מכריז על תוכנית חדשה'],
  ])('a headline in %s (a script without case) is the title', (_script, headlineText) => {
    const a = article(`${headlineText}\n\nBy Ana Ruiz\n\n${BODY}`);
    expect(a.title).toBe(headlineText);
    expect(a.paragraphs.map((p) => p.text)).toEqual([BODY]);
  });

  it('the second month of a range ("from March to May 2024") points at its own words', () => {
    const a = article(
      'Strike dates announced for the spring\n\nThe union said the strike would run from March ' +
        'to May 2024 across the whole rail network, with more dates to follow.',
    );
    expect(a.dates.map((d) => [d.text, d.value])).toEqual([
      ['March', '2024-03'],
      ['May 2024', '2024-05'],
    ]);
    expect(spanProblems(a)).toEqual([]);
  });

  it('two caption lines in a row are two figures: the second goes to removed, not into the first', () => {
    const first = 'Pickets outside the depot. Photograph: Ana Ruiz/AP';
    const second = 'Buses parked at the depot (Photo by Tom Ortega/Reuters)';
    const a = article(`Ministers face rebellion over bus cuts\n\n${first}\n${second}\n\n${BODY}`);
    expect(a.image).toEqual({
      caption: 'Pickets outside the depot.',
      credit: 'Ana Ruiz/AP',
      licence: null,
      via: null,
    });
    expect(a.removed).toContain(second);
  });

  it('a caption keeps the ";" of a character reference it ends with ("&gt;")', () => {
    expect(parseCaption('Fans at the gig &lt;live&gt; (Photo by Ana Ruiz/Reuters)')?.caption).toBe(
      'Fans at the gig &lt;live&gt;',
    );
    expect(parseCaption('Fans at the gig; Photograph: Ana Ruiz/Reuters')?.caption).toBe(
      'Fans at the gig',
    );
  });

  it('a shouted byline of 60 capitals and a "!" is read at once (the regex took exponential time)', () => {
    const a = article(`Ministers face rebellion over bus cuts\n\nBy ${'A'.repeat(60)}!\n\n${BODY}`);
    expect(a.paragraphs.map((p) => p.text)).toEqual([BODY]);
  }, 5_000);

  it('a block of 1,000,000 short lines (3 MB) is an article, not a stack overflow', () => {
    const lines = Array.from({ length: 1_000_000 }, () => 'ab').join('\n');
    expect(run(`Ministers face rebellion over bus cuts\n\n${BODY}\n\n${lines}`).kind).toBe(
      'article',
    );
  }, 15_000);

  it('a page that ends in 10,000 short sentences is segmented in linear time (took ~30-55 s)', () => {
    const tail = Array.from({ length: 10_000 }, () => 'She declined to comment.').join('\n\n');
    const a = article(`Ministers face rebellion over bus cuts\n\n${BODY}\n\n${tail}`);
    expect(a.paragraphs).toHaveLength(10_001);
  }, 15_000);

  it('HTML stays text: tags and entities are kept literally in the paragraph', () => {
    const p =
      '<p>The council said the <b>budget</b> would rise by 5% &amp; fares would fall, ' +
      'according to <a href="https://example.test/?a=1&b=2">the report</a>.</p>';
    const a = article(
      `Ministers face rebellion over bus cuts\n\n${p}\n\n<script>alert("x")</script>`,
    );
    expect(a.paragraphs.map((x) => x.text)).toEqual([p]);
    expect(lostLines(`x\n\n${p}`, a)).toEqual([]);
  });
});
