import { describe, expect, it } from 'vitest';
import { isCompoundRole } from '../../../src/pipeline/understand/compound-role.ts';
import { speakerOf as speakerAt } from './make-article.ts';

/**
 * Speaker rules found on the tenth set of blind pages (cases 103-112 of the corpus). Every
 * sentence here is invented for the test; none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the tenth blind round', () => {
  it.each([
    [
      'a hyphenated title ("editor-in-chief") is a role: the name in apposition speaks',
      [
        'The Harbour Gazette has been sold to a property developer.',
        'Its editor-in-chief, Marta Lindqvist, told readers on Friday that she would remain "as long as the owners let me".',
      ],
      'as long as the owners',
      'Marta Lindqvist',
    ],
    [
      'a prefixed title ("co-owner") is a role too',
      [
        'The bakery closed in May. Its co-owner, Pavel Ondra, said the rent had become "simply impossible to pay".',
      ],
      'simply impossible',
      'Pavel Ondra',
    ],
    [
      'a speech verb after "and" shares the opening pronoun of its clause',
      [
        'Tomas Lindgren founded the Valley Courier in 2009.',
        'He sold the paper last spring and wrote in a final column that he was "proud of every page we printed".',
      ],
      'proud of every page',
      'Tomas Lindgren',
    ],
    [
      'guard: a new named subject after "and" still speaks for itself',
      [
        'Tomas Lindgren founded the Valley Courier in 2009.',
        'He sold the paper last spring and Ana Berglund wrote that the town had lost "its only honest mirror".',
      ],
      'its only honest mirror',
      'Ana Berglund',
    ],
    [
      'a verb after ", and" following a quotation is not its attribution: the sentence subject is',
      [
        'After the hearing Mira Holmberg spoke to growers outside the court.',
        'She said the board had "ignored every single letter" the growers sent, and warned that two farms would close.',
      ],
      'ignored every single letter',
      'Mira Holmberg',
    ],
    [
      'guard: a name right before the verb after a quotation still attributes it',
      ['The ruling was "a gift to nobody", Mira Holmberg warned.'],
      'a gift to nobody',
      'Mira Holmberg',
    ],
  ])('%s', (_why, paragraphs, quoteStart, expected) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(expected);
  });

  it('only fixed title patterns count as hyphenated roles', () => {
    expect(isCompoundRole('editor-in-chief')).toBe(true);
    expect(isCompoundRole('secretary-general')).toBe(true);
    expect(isCompoundRole('co-owner')).toBe(true);
    expect(isCompoundRole('head-to-head')).toBe(false);
    expect(isCompoundRole('state-owned')).toBe(false);
  });
});
