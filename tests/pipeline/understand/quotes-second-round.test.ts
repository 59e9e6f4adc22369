import { describe, expect, it } from 'vitest';
import { speakerOf as speakerAt } from './make-article.ts';

/**
 * Speaker categories found on the second set of blind pages; every sentence is invented for the
 * test, none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the second blind round', () => {
  it.each([
    [
      'a fronted "When …" clause is not the subject: an unnamed man stays null',
      [
        'Ida Rask chaired the meeting. When Rask opened the floor, a woman at the back shouted, "Put the buses back on the road," and sat down.',
      ],
      'Put the buses',
      null,
    ],
    [
      'a fronted "In a statement to X," phrase is not the subject',
      [
        'Bellmoor Foods Ltd rejected the offer.',
        'In a statement to the Dublin Stock Exchange on Tuesday, Bellmoor’s board said the bid was "far too low for our shareholders".',
      ],
      'far too low',
      'Bellmoor Foods Ltd',
    ],
    [
      '"According to X, …" before the quotation: the source follows the cue',
      [
        'According to Hana Ilves, an economist at Norvik Bank, “rents will keep rising into next year.”',
      ],
      'rents will keep',
      'Hana Ilves',
    ],
    [
      '"the statement said": whoever the story said issued one',
      [
        'The Port Authority of Tarvik said in a statement that the quay would reopen.',
        '“Safety comes before every other concern,” the statement said.',
      ],
      'Safety comes',
      'Port Authority of Tarvik',
    ],
    [
      'a document "by X" speaks for X',
      ['The audit by Clearwater Trust concluded: “The river cannot take any more sewage.”'],
      'The river cannot',
      'Clearwater Trust',
    ],
    [
      'a document sent to someone does not speak for them',
      ['The petition, sent to the mayor, Rolf Aas, warns that the park "will be lost for good".'],
      'will be lost',
      null,
    ],
    [
      '"a ministry spokesman" is the Ministry of X the story named',
      [
        'The Ministry of Fisheries closed the bay on Monday.',
        '“We will reopen it when the tests are clean,” a ministry spokesman told reporters.',
      ],
      'We will reopen',
      'Ministry of Fisheries',
    ],
    [
      'the one organisation with a head noun is "the Commission"',
      [
        'The Andean Trade Commission opened an inquiry.',
        'A Commission spokesperson said it was "watching the market very closely".',
      ],
      'watching the market',
      'Andean Trade Commission',
    ],
    [
      'an acronym glossed by its initials joins the name, and speaks for it',
      [
        'Forestry and Parks Norland (FPN) issued a fire warning.',
        'FPN said in a statement that campers should "expect closures at short notice".',
      ],
      'expect closures',
      'Forestry and Parks Norland',
    ],
    [
      'a legal form with its dot is one name, and speaks for it',
      [
        'The drug was developed by Calder Biologics Inc., a company in Leeds.',
        'Calder Biologics said it had "doubled its production capacity".',
      ],
      'doubled its',
      'Calder Biologics Inc.',
    ],
    [
      '"Advocate" is a title: the pronoun goes to the person without it',
      [
        'Advocate Meera Joshi, appearing for the tenant, said the notice was unlawful.',
        '“My client was never given a hearing,” she said.',
      ],
      'My client',
      'Meera Joshi',
    ],
  ])('%s', (_label, paragraphs, quoteStart, speaker) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(speaker);
  });
});
