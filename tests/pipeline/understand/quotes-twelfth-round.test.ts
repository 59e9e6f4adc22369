import { describe, expect, it } from 'vitest';
import { speakerOf as speakerAt } from './make-article.ts';

/**
 * Speaker rules found on the twelfth set of blind pages (cases 123-132 of the corpus). Every
 * sentence here is invented for the test; none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the twelfth blind round', () => {
  it.each([
    [
      'an epithet opening a paragraph goes to the one person named in the paragraph before',
      [
        'Marta Lindqvist, 31, had led by four strokes until the final hole.',
        '“My hands were shaking on that last putt,” the Swedish player told reporters.',
      ],
      'My hands were shaking',
      'Marta Lindqvist',
    ],
    [
      'guard: with two people named in the paragraph before, null',
      [
        'Marta Lindqvist had led Ines Okafor by four strokes until the final hole.',
        '“My hands were shaking on that last putt,” the Swedish player told reporters.',
      ],
      'My hands were shaking',
      null,
    ],
    [
      'a teasing verb is a speech cue',
      ['His aunt, Odile Ferrant, still teases him that his garden was “a jungle with a postbox”.'],
      'a jungle with',
      'Odile Ferrant',
    ],
    [
      'a progressive yelling after "kept" is a speech cue',
      ['Mateo Ruiz, a ferry captain, kept yelling “Lower the ramp now!” at the crew.'],
      'Lower the ramp',
      'Mateo Ruiz',
    ],
  ])('%s', (_why, paragraphs, quoteStart, expected) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(expected);
  });
});
