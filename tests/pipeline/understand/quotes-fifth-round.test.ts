import { describe, expect, it } from 'vitest';
import { speakerOf as speakerAt, understand } from './make-article.ts';

/**
 * Speaker rules found on the fifth set of blind pages (cases 53-62 of the corpus). Every sentence
 * here is invented for the test; none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the fifth blind round', () => {
  it.each([
    [
      'an adverb between the pronoun and a present-tense cue',
      [
        'Ines Marwick started out as a set painter in Leeds.',
        'Her first record, which she now calls “a demo with ideas above its station”, sold badly.',
      ],
      'a demo with ideas',
      'Ines Marwick',
    ],
    [
      'an adverb between the pronoun and a past-tense cue after the quotation',
      ['Ines Marwick left the band in 2011.', '“I had nothing left to give it,” she later said.'],
      'I had nothing left',
      'Ines Marwick',
    ],
    [
      'a participle whose own subject follows "with" (an absolute phrase)',
      [
        'A Dunmore roofer who overcharged pensioners was jailed on Monday, with Magistrate Celia Brandt describing the scheme as “cruel and carefully planned”.',
      ],
      'cruel and carefully planned',
      'Celia Brandt',
    ],
    [
      'after ", and", a noun phrase opens a new clause: the person in the first clause is its object',
      [
        'Harwick had turned down two bids from Tomas Pell in March, and the club’s chairman, Rui Castanho, said last month that the striker was “staying whatever happens”.',
      ],
      'staying whatever happens',
      'Rui Castanho',
    ],
    [
      'a new narrative subject after the last quotation outweighs the previous speaker',
      [
        'Arturo Benn, the goalkeeper’s father and adviser, told a local radio station: “My son wanted to leave on good terms with everybody.”',
        'The club’s assistant coach, Niall Forde, was blunter when he met reporters on Friday.',
        '“I found out from a newspaper like everyone else,” he said.',
      ],
      'I found out',
      'Niall Forde',
    ],
    [
      'a sentence that opens and closes inside two different quotations is narrative',
      [
        'Marta Lindqvist, a chemist in Oslo, called the result “a real step forward”.',
        '“Heat is one problem. Dirt is another,” she said, adding that trials would take “at least a decade”.',
        'The paper was praised on Monday by Olga Brandt. Her lab now wants to test waste from a depot.',
        '“If it works on a greasy tray,” she said, “we will be very happy.”',
      ],
      'If it works',
      'Olga Brandt',
    ],
    [
      '"the party issued a statement": the one organisation the sentence before named',
      [
        'Ruiz’s win gives the Harbour Alliance five seats on the council. The party issued a statement late on Sunday.',
        '“This is only the beginning for us,” the statement said.',
      ],
      'This is only the beginning',
      'Harbour Alliance',
    ],
  ])('%s', (_name, paragraphs, quoteStart, expected) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(expected);
  });

  it.each([
    [
      'words the next sentence describes as written, not spoken, do not continue the last speaker',
      [
        '“We lost the whole ground floor,” said Dora Kemp, who runs a shop by the river.',
        '“Who pays for this?” The question was sprayed on a plywood board outside the town hall.',
      ],
      'Who pays for this',
    ],
    [
      '"the party issued a statement" after a sentence naming two organisations stays open',
      [
        'The Harbour Alliance and the Green Lantern Group each won a seat. The party issued a statement late on Sunday.',
        '“This is only the beginning for us,” the statement said.',
      ],
      'This is only the beginning',
    ],
  ])('%s', (_name, paragraphs, quoteStart) => {
    expect(speakerOf(paragraphs, quoteStart)).toBeNull();
  });

  it('a lone participle with "with" and no name keeps the sentence subject', () => {
    expect(
      speakerOf(
        [
          'Mayor Lena Ostrova closed the meeting with a speech calling the budget “a plan for the next decade”.',
        ],
        'a plan for the next decade',
      ),
    ).toBe('Lena Ostrova');
  });

  it('a quotation paragraph with no description after it still continues the last speaker', () => {
    expect(
      speakerOf(
        [
          '“We lost the whole ground floor,” said Dora Kemp, who runs a shop by the river.',
          '“Who pays for this? Nobody has told us anything.”',
        ],
        'Who pays for this',
      ),
    ).toBe('Dora Kemp');
  });
});

describe('quotes: quoted titles on the fifth blind round', () => {
  const quoteTexts = (paragraphs: string[]) =>
    understand(paragraphs, '2025-06-10').quotes.map((q) => q.text);

  it('a Title-Case name with a comma inside the marks is not a quotation', () => {
    expect(
      quoteTexts(['Her largest piece, “Field of Nine Hundred Lamps,” was shown in Leeds in 2004.']),
    ).toEqual([]);
  });

  it('an ordinary sentence ending in a comma inside the marks still is', () => {
    expect(quoteTexts(['“We will rebuild the hall by spring,” said Dora Kemp.'])).toEqual([
      'We will rebuild the hall by spring,',
    ]);
  });
});
