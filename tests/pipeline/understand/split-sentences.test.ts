import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/understand/split-sentences.ts';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['The U.S. Army said no. It left.', ['The U.S. Army said no.', 'It left.']],
    [
      'Dr. Ana Ruiz spoke to Mr. Lee on Jan. 5 about No. 10.',
      ['Dr. Ana Ruiz spoke to Mr. Lee on Jan. 5 about No. 10.'],
    ],
    ['He moved to the U.S. The move was quick.', ['He moved to the U.S.', 'The move was quick.']],
    ['“Is it over?” she asked. Nobody knew.', ['“Is it over?” she asked.', 'Nobody knew.']],
    ['John F. Kennedy spoke. Then he left.', ['John F. Kennedy spoke.', 'Then he left.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
