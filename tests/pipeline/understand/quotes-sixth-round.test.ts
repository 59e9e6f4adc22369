import { describe, expect, it } from 'vitest';
import { speakerOf as speakerAt } from './make-article.ts';

/**
 * Speaker rules found on the sixth set of blind pages (cases 63-72 of the corpus). Every sentence
 * here is invented for the test; none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the sixth blind round', () => {
  it.each([
    [
      'a name inside a fronted participial phrase is not the subject a pronoun goes back to',
      [
        'Standing beside Paul Ekwueme at the burnt-out gate, Tom Bell struck a hopeful tone. “We will rebuild the whole street,” he said.',
      ],
      'We will rebuild',
      'Tom Bell',
    ],
    [
      'a possessor in the apposition of the cue does not stop the next quotation continuing',
      [
        '“The bread is made at four every morning,” says Omar Haddad, Lina Sfeir’s business partner, who bakes it himself. “Nobody else touches the dough.”',
      ],
      'Nobody else touches',
      'Omar Haddad',
    ],
    [
      'an epithet with a nationality and a playing position is the paragraph’s one person',
      [
        'Owen Rhys, who signed a new contract on Friday, was unrepentant. “I saw the gap and I went for it,” the Welsh wing said.',
      ],
      'I saw the gap',
      'Owen Rhys',
    ],
    [
      'an epithet with an age is the paragraph’s one person',
      [
        'Maria Lopes, who turned professional at sixteen, was in tears at the finish. “I never thought I would win here,” the 22-year-old said.',
      ],
      'I never thought',
      'Maria Lopes',
    ],
    [
      '"the union" is the body with a union-like name the story just named',
      [
        'The ANA (Arden Nurses Association), which represents 900 staff at the hospital, said no posts would go this year. “We were never consulted about the rota,” the union said in a written statement.',
      ],
      'We were never consulted',
      'Arden Nurses Association',
    ],
    [
      'between namesakes, the bare surname is the one the text did not keep naming in full',
      [
        'Council leader Tomas Okafor said he had backed the plan from the start.',
        'Among those who spoke against it was Grace Okafor, no relation to the leader, who lives on the estate.',
        '“We were never asked what we wanted,” Grace Okafor said.',
        'Okafor’s decision to press ahead drew jeers. “The consultation was thorough and fair,” Okafor said.',
      ],
      'The consultation was thorough',
      'Tomas Okafor',
    ],
  ])('%s', (_name, paragraphs, quoteStart, expected) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(expected);
  });

  it.each([
    [
      'words the next sentence calls a refrain do not continue the last speaker',
      [
        'Ana Ruiz said the water rose within minutes. “It came through the door like a wall,” she said.',
        '“No food, no water, no help.” That was the refrain at the school shelter on Monday.',
      ],
      'No food, no water',
    ],
    [
      'an epithet with two people named in the paragraph stays open',
      [
        'Owen Rhys passed to Dai Morgan for the late try. “It was a lucky bounce and nothing more,” the Welsh wing said.',
      ],
      'It was a lucky bounce',
    ],
    [
      'an epithet whose noun is not a person’s is nobody',
      [
        'Owen Rhys read the findings on Friday. “The results are clear for every club,” the Dutch study said.',
      ],
      'The results are clear',
    ],
    [
      '"the union" in a story that names only the employer stays open',
      [
        'Workers at Calloway Freight walked out on Monday over the new shift pattern. “We have been ignored for far too long,” the union said.',
      ],
      'We have been ignored',
    ],
  ])('%s', (_name, paragraphs, quoteStart) => {
    expect(speakerOf(paragraphs, quoteStart)).toBeNull();
  });

  it('a name that opens the sentence is no fronted participle', () => {
    expect(
      speakerOf(
        [
          'Ray Harding runs the depot on the ring road.',
          'Harding praised the crews and the drivers, and thanked the council. “We kept every route open,” he said.',
        ],
        'We kept every route',
      ),
    ).toBe('Ray Harding');
  });

  it('a possessor in a new sentence between two quotations stops the continuation', () => {
    expect(
      speakerOf(
        [
          '“The bread is made at four every morning,” says Omar Haddad. Lina Sfeir’s accountant disagreed on Monday. “Nobody bakes that early any more.”',
        ],
        'Nobody bakes that early',
      ),
    ).not.toBe('Omar Haddad');
  });
});
