import { describe, expect, it } from 'vitest';
import { speakerOf as speakerAt } from './make-article.ts';

/** Speaker categories found on unseen pages; every sentence is invented for the test. */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-02-16');

describe('quotes: speakers the tuned rules missed', () => {
  it.each([
    [
      'a possessor inside the subject is not the speaker',
      ['“We knocked on every door,” said Whitfield’s campaign manager, Curtis Whitfield.'],
      'We knocked',
      'Curtis Whitfield',
    ],
    [
      '"the judge" is the person introduced with that title',
      [
        'Giving judgment, Mr Justice Alan Corr said the trial had been unfair.',
        'The report was "an argument dressed up as a record", the judge said.',
      ],
      'an argument',
      'Alan Corr',
    ],
    [
      '"the manager" is the person introduced as boss',
      [
        'Boss Kerrin Vale praised her keeper after the match.',
        'Referee Tom Hale booked four players. "We stayed calm under pressure," the manager said.',
      ],
      'We stayed calm',
      'Kerrin Vale',
    ],
    [
      '"a spokeswoman for the ministry" is the Ministry of X',
      [
        'The Ministry of Water said the pipes were safe.',
        '“We will publish the tests next week,” a spokeswoman for the ministry said.',
      ],
      'We will publish',
      'Ministry of Water',
    ],
    [
      'the subject of the sentence before beats a name after its verb',
      [
        'The lead author, Mira Solis, said the idea came from a night shift.',
        'The other nurse that night was a trainee, Dana Roe, who has since retired.',
        '“We had two pairs of eyes for eleven cots,” she said.',
      ],
      'We had two',
      'Mira Solis',
    ],
    [
      'a new paragraph about someone else beats the previous speaker',
      [
        '“I just hit it and hoped,” said Anna Brook, who scored the winner.',
        'Manager Kate Lowe sat on the bench. Lowe praised Ella Marsh, who saved a penalty.',
        '“Ella has waited a long time for this,” she said.',
      ],
      'Ella has waited',
      'Kate Lowe',
    ],
    [
      'a pronoun inside a quotation does not give the speaker a gender',
      [
        'Coach Siobhan Keane watched from the stand.',
        'Keane disagreed. “The boy was clean through and he was pulled back. It was a penalty,” she added.',
      ],
      'The boy was',
      'Siobhan Keane',
    ],
    [
      'a clause ending in a colon introduces the quotation',
      ['Her colleague, nurse Ben Tal, was more cautious: “It is early days yet.”'],
      'It is early',
      'Ben Tal',
    ],
    [
      'a second quotation continues the speaker past a saint-named hospital',
      ['“The numbers don’t lie,” said Dr Amara Osei of St Luke’s Hospital. “We see fewer cases.”'],
      'We see fewer',
      'Amara Osei',
    ],
    [
      'speech verbs of sport and politics ("fumed", "hit out")',
      ['Visiting boss Ray Tolland fumed that his side had been “robbed by a moment of luck”.'],
      'robbed by',
      'Ray Tolland',
    ],
  ])('%s', (_label, paragraphs, start, speaker) => {
    expect(speakerOf(paragraphs, start)).toBe(speaker);
  });

  it('gives a colon-introduced quotation no speaker when the subject is a thing', () => {
    expect(speakerOf(['The sign at the gate read: “No entry after dark.”'], 'No entry')).toBeNull();
  });

  it('leaves an indefinite description unresolved: "a judge" is someone new', () => {
    expect(
      speakerOf(
        [
          'Mr Justice Alan Corr heard the case.',
          '“The law is plain on this point,” a judge in another court said.',
        ],
        'The law is plain',
      ),
    ).toBeNull();
  });
});
