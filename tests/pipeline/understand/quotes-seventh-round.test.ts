import { describe, expect, it } from 'vitest';
import { speakerOf as speakerAt } from './make-article.ts';

/**
 * Speaker rules found on the seventh set of blind pages (cases 73-82 of the corpus). Every
 * sentence here is invented for the test; none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the seventh blind round', () => {
  it.each([
    [
      'an "and" inside a relative aside does not start a new clause before the verb',
      [
        'Ana Ruiz, who chairs the Bray and Greystones Anglers Club, said: “We want the river back before the summer.”',
      ],
      'We want the river',
      'Ana Ruiz',
    ],
    [
      'a notice speaks for whoever the story said issued it',
      [
        'According to the Midland Water Board’s notice, the main burst on Monday near the depot.',
        '“Crews reached the site within the hour,” the notice said.',
      ],
      'Crews reached',
      'Midland Water Board',
    ],
    [
      'a bare role noun after a semicolon in a headline is the one person with that role',
      [
        'Floods close bridge at Arnholm; mayor says she will ‘rebuild it by spring’',
        'Mayor Lena Frisk toured the river bank on Monday with engineers from Oslo.',
      ],
      'rebuild it',
      'Lena Frisk',
    ],
    [
      'a quotation right after someone is questioned is their answer',
      [
        'Ruth Pryor, an engineer at the firm, said she had warned the board in May. Helen Holt pressed her on why nothing had happened.',
        '“We put it on the first page of the report,” she said.',
      ],
      'We put it on',
      'Ruth Pryor',
    ],
    [
      'the one asked may be named earlier in the same sentence as the question',
      [
        'Tom Reid spoke first. Mark Dunne interrupted twice, and Paul Avery asked him to wait.',
        '“I will wait, and then I will answer every point,” he said.',
      ],
      'I will wait',
      'Mark Dunne',
    ],
    [
      'the subject of a later coordinated clause outranks the first clause’s subject',
      [
        'Mr Hale said he had joined the board only in 2023, but Tom Reid noted that Hale had chaired its audit panel for years.',
        '“Either he never read the warning or he ignored it,” he said.',
      ],
      'Either he never',
      'Tom Reid',
    ],
  ])('%s', (_why, paragraphs, quoteStart, expected) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(expected);
  });

  it.each([
    [
      'a name in the reported clause of a statement is not its issuer',
      [
        'Officials said in a statement that the change had been requested by the Harbour Agency.',
        '“We did what we were asked to do,” the statement said.',
      ],
      'We did what',
    ],
    [
      'the clause before a semicolon does not give its place to a speech verb after it',
      ['Police clear the quay at Brenna; skipper says she will not be ‘pushed out of the trade’'],
      'pushed out',
    ],
  ])('null guard: %s', (_why, paragraphs, quoteStart) => {
    expect(speakerOf(paragraphs, quoteStart)).toBeNull();
  });

  it('a question after questioning is still the questioner’s', () => {
    expect(
      speakerOf(
        [
          'Ruth Pryor, an engineer at the firm, said she had warned the board in May. Helen Holt pressed her on why nothing had happened.',
          '“Why did nobody lower the reservoir?” she said.',
        ],
        'Why did nobody',
      ),
    ).not.toBe('Ruth Pryor');
  });
});
