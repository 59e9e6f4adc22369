import { describe, expect, it } from 'vitest';
import { understand, speakerOf as speakerAt } from './make-article.ts';

/**
 * Speaker rules found on the third set of blind pages (cases 33-42 of the corpus). Every sentence
 * here is invented for the test; none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the third blind round', () => {
  it.each([
    [
      'a first surname stands for a name of three words',
      [
        'Councillor Lucas Ferrer Gil walked out of the session.',
        '“We will not vote on a text we have not read,” Ferrer told reporters.',
      ],
      'We will not vote',
      'Lucas Ferrer Gil',
    ],
    [
      'the surname before a particle stands for a long Spanish name',
      [
        'The plan was drafted by Ana Sofía Roldán de los Ríos.',
        '“Nobody should lose a home to a suitcase,” Roldán said.',
      ],
      'Nobody should lose',
      'Ana Sofía Roldán de los Ríos',
    ],
    [
      'a portfolio word before a title is not part of the name',
      [
        'Deputy Trade Minister Ilse Varga met the delegation. “Our ports are open,” Varga told reporters.',
      ],
      'Our ports are open',
      'Ilse Varga',
    ],
    [
      '"Chief Executive" is a title',
      [
        'Chief Executive Tomas Brekke said the deal was sound. “We bought at the bottom,” Brekke said.',
      ],
      'We bought at the',
      'Tomas Brekke',
    ],
    [
      'a gendered pronoun skips a firm that shares the surname',
      [
        'Brekke Freight A/S bought a rival. Its founder is Ola Brekke.',
        'Brekke said he would keep every depot open. “No driver will lose a route,” he said.',
      ],
      'No driver will lose',
      'Ola Brekke',
    ],
    [
      '"said his" gives the name its gender, so "she" looks past him',
      [
        'Dr. Maren Holt led the trial.',
        'Prof. Idris Vane, who ran the second site, said his team had seen the same effect. “It held up,” he said.',
        '“The next step is a larger trial,” she added.',
      ],
      'The next step',
      'Maren Holt',
    ],
    [
      'sentences inside a quotation do not use up the pronoun’s reach',
      [
        'Pavel Dusek told the council that the road would be rebuilt. “It will take two years. We have the money. We have the crews. We do not yet have the permits.',
        '“Nobody here wants another winter of detours,” he said.',
      ],
      'It will take two',
      'Pavel Dusek',
    ],
    [
      'a nameless subject stops the search for an antecedent',
      [
        'Lena Moss, the union leader, said the strike would go ahead.',
        'One nurse, who asked not to be named, said she would join it. “I cannot afford another pay freeze,” she said.',
      ],
      'I cannot afford',
      null,
    ],
    [
      '"the spokesperson added" is the organisation that gave one',
      [
        'A spokesperson for Corvane Bio said the data would be shared. “Patients gave us their time,” the spokesperson added.',
      ],
      'Patients gave us',
      'Corvane Bio',
    ],
    [
      'a possessor is not the described speaker ("The judge praised X’s courage, saying …")',
      [
        'Judge Hilda Marsh sentenced the driver on Friday.',
        'The judge praised Ruth Ames’s courage, saying it had taken “real nerve to stand up in court”.',
      ],
      'real nerve to stand',
      'Hilda Marsh',
    ],
    [
      'a quotation standing alone after a sentence of reported speech',
      [
        'Kofi Adjei stressed that the results were early. “We need a second season of data before we say anything.”',
      ],
      'We need a second',
      'Kofi Adjei',
    ],
    [
      '"by her own account" is the person the story is about',
      [
        'Maud Keane, the harpist, died on Monday. She was 91.',
        'In 1970 she toured with the Belgian guitarist Jules Roos, a partnership that was, by her own account, “mostly spent on trains”. Roos, speaking from his studio, said she had changed his playing.',
      ],
      'mostly spent on trains',
      'Maud Keane',
    ],
    [
      '"the minister" is the person titled "Minister for X" in an apposition',
      [
        'The prize was presented by the Minister for Sport, Nuala Dunne, who praised the club.',
        '“They never gave up on a single child,” the minister said.',
      ],
      'They never gave up',
      'Nuala Dunne',
    ],
    [
      '"Her sister …" before "she said" is the other person with the previous speaker’s surname',
      [
        'Mia Ortiz scored twice. Her sister Carla Ortiz set up both goals.',
        '“Carla always finds me,” Mia said.',
        'Her sister was quieter. “I just passed it,” she said.',
      ],
      'I just passed it',
      'Carla Ortiz',
    ],
    [
      'a name with a letter outside ASCII after the quotation is not a clause opener',
      ['Ana Ibáñez and Inés Marlow won the pairs. “We trained all winter,” Inés said.'],
      'We trained all',
      'Inés Marlow',
    ],
  ] as [string, string[], string, string | null][])('%s', (_label, paragraphs, start, speaker) => {
    expect(speakerOf(paragraphs, start)).toBe(speaker);
  });

  it('a participle after the quotation does not attribute it', () => {
    const u = understand(
      [
        'Omar Reyes, the finance chief, blamed what he called “a slow year for builders”, saying rates had hit customers.',
      ],
      null,
    );
    const q = u.quotes.find((x) => x.text.startsWith('a slow year'));
    expect(u.entities.find((e) => e.id === q?.speakerId)?.name).toBe('Omar Reyes');
  });

  it('a full stop right after the closing mark ends the attribution window', () => {
    const u = understand(
      [
        'Vera Lind toured with Jonas Holm, a partnership of “many long nights on the road”. Holm said it shaped him.',
      ],
      null,
    );
    const q = u.quotes.find((x) => x.text.startsWith('many long nights'));
    expect(u.entities.find((e) => e.id === q?.speakerId)?.name ?? null).not.toBe('Jonas Holm');
  });
});
