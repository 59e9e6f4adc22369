/** The hand-checked answers in a fixture's expected.json (see tests/fixtures/articles/FORMAT.md). */
export type ExpectedEntity = { name: string; type: string; aliases?: string[] };
export type ExpectedQuote = { text: string; speaker: string | null; cue?: string | null };
export type ExpectedDate = { text: string; value: string };
export type Expected = {
  referenceDate: string | null;
  title?: string;
  byline?: string | null;
  publishedAt?: string | null;
  image?: { caption: string | null; credit: string | null; licence: string | null } | null;
  paragraphs?: string[];
  entities?: ExpectedEntity[];
  quotes?: ExpectedQuote[];
  dates?: ExpectedDate[];
};
