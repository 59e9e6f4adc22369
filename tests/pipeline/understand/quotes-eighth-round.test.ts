import { describe, expect, it } from 'vitest';
import { speakerOf as speakerAt } from './make-article.ts';

/**
 * Speaker rules found on the eighth set of blind pages (cases 83-92 of the corpus). Every
 * sentence here is invented for the test; none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the eighth blind round', () => {
  it.each([
    [
      'a name inside a relative clause on the speaker does not stop the next quotation continuing hers',
      [
        '“We sowed late in those years,” said Marta Quiroga, who runs the farm with her cousin, Tomás Ibarra. “Now we finish in August.”',
      ],
      'Now we finish',
      'Marta Quiroga',
    ],
    [
      'guard: a new sentence naming someone else breaks the continuation',
      [
        '“We sowed late in those years,” said Marta Quiroga. Tomás Ibarra disagreed with her. “Now we finish in August.”',
      ],
      'Now we finish',
      null,
    ],
    [
      'the name after "whose <role>," is the subject of the speech verb',
      [
        'The swing vote was the Green Alliance, a party whose leader, Paula Verhoeven, had said on May 3 that she was “ready to talk”. In the end six voted yes.',
      ],
      'ready to talk',
      'Paula Verhoeven',
    ],
    [
      'guard: a non-role noun after "whose" is left to the other rules',
      [
        'The swing vote was the Green Alliance, a party whose founder’s trust, the Verhoeven Foundation, had said it was “ready to talk”.',
      ],
      'ready to talk',
      null,
    ],
    [
      'a pronoun after "The <role> said …" goes to the person given that role',
      [
        '“The grid is ready,” said Ilse Marquardt, the energy minister, at the opening.',
        'Grete Olafsdottir, who keeps goats near the lake, worries about the noise. “It never stops,” she said.',
        'The minister said the country would close its coal plants by 2030. “This plant proves it can be done,” she said.',
      ],
      'This plant',
      'Ilse Marquardt',
    ],
    [
      'guard: "The <role>’s office said" is not about the role holder',
      [
        '“The grid is ready,” said Ilse Marquardt, the energy minister, at the opening.',
        'Grete Olafsdottir, who keeps goats near the lake, worries about the noise. “It never stops,” she said.',
        'The minister’s office said the plan was on track. “It never stops, not even at night,” she said.',
      ],
      'It never stops, not',
      'Grete Olafsdottir',
    ],
  ])('%s', (_why, paragraphs, quoteStart, expected) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(expected);
  });
});
