import { describe, expect, it } from 'vitest';
import { speakerOf as speakerAt } from './make-article.ts';

/**
 * Speaker rules found on the ninth set of blind pages (cases 93-102 of the corpus). Every
 * sentence here is invented for the test; none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the ninth blind round', () => {
  it.each([
    [
      'an "and" inside a recognised name in an appositive does not start a new subject',
      [
        'Review chair Helen Marchetti, a former judge of the Land and Environment Court, wrote that the delay was "not an accident but a choice".',
      ],
      'not an accident',
      'Helen Marchetti',
    ],
    [
      'guard: "and" before a new named subject still starts a clause',
      [
        'Helen Marchetti chaired the review and Tomas Berglund wrote that the delay was "not an accident but a choice".',
      ],
      'not an accident',
      'Tomas Berglund',
    ],
    [
      'a possessor whose noun is named right after it is not the subject',
      [
        'At the Ridge Farm, Ruth Adeyemi, 46, has worked since she was 15.',
        'A driver said the road was shut. Adeyemi’s neighbour, Grace Okafor, said the women would hold out. "We have waited since 2015," she said.',
      ],
      'We have waited',
      'Grace Okafor',
    ],
    [
      'guard: "X’s office said" keeps X in focus',
      [
        'Grace Okafor said the talks had stalled.',
        'Ruth Adeyemi had urged a deal, and Okafor’s office would reply in May. "We are close," she said.',
      ],
      'We are close',
      'Grace Okafor',
    ],
    [
      'the sentences of the quotation being attributed are not a previous quotation',
      [
        'Ruth Adeyemi wrote that the scheme was "a failure of design".',
        'Transport Minister Grace Okafor said the state accepted the findings. Adeyemi had urged a new agency, and Okafor’s department would start in March.',
        '"We failed those towns. We will fix it before winter," she said.',
      ],
      'We failed',
      'Grace Okafor',
    ],
  ])('%s', (_why, paragraphs, quoteStart, expected) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(expected);
  });
});
