/**
 * Larger files are not news articles: refusing them keeps one bad input from stalling a build
 * (the CLI) or a tab (the reader's own articles). One limit for both sides.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** "file is 6.2 MB; the limit is 5 MB" */
export const tooLarge = (bytes: number) =>
  `file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`;
