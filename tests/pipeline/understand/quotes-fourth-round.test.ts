import { describe, expect, it } from 'vitest';
import { speakerOf as speakerAt } from './make-article.ts';

/**
 * Speaker rules found on the fourth set of blind pages (cases 43-52 of the corpus). Every sentence
 * here is invented for the test; none comes from a fixture.
 */
const speakerOf = (paragraphs: string[], quoteStart: string) =>
  speakerAt(paragraphs, quoteStart, '2025-06-10');

describe('quotes: speakers on the fourth blind round', () => {
  it.each([
    [
      'a name with long appositions between the quotation and the verb',
      [
        '“We will reopen the depot by spring,” Marta Kovacs, the deputy regional director of the national rail freight operator, said.',
      ],
      'We will reopen',
      'Marta Kovacs',
    ],
    [
      'a name with two appositions, the second naming a firm',
      [
        'The landlord’s lawyers were quick to respond.',
        '“Our client rejects every word of this complaint,” Olga Ferris, a partner at Dunmore Lyle, the firm acting for the landlord, said.',
      ],
      'Our client rejects',
      'Olga Ferris',
    ],
    [
      'a participle clause after the quotation is not its attribution',
      [
        'Councillor Ruth Amadi defended the budget on Tuesday.',
        'She called the cuts “the only honest choice left to us”, noting that the county had declared a deficit in 2023.',
      ],
      'the only honest choice',
      'Ruth Amadi',
    ],
    [
      'a relative clause without "that": its own subject is the speaker',
      [
        'Sofia Marten chaired the committee. The index fell for a third month, a slide Tomas Berg described as “worse than anything since the crisis”.',
      ],
      'worse than anything',
      'Tomas Berg',
    ],
    [
      'a relative clause whose subject is a description of an organisation',
      [
        'The Harrow Transport Union opposed the plan from the start.',
        'The depot will close in May, a decision the union called “a betrayal of every driver”.',
      ],
      'a betrayal of every',
      'Harrow Transport Union',
    ],
    [
      'a speech verb inside "X, who …" belongs to X',
      [
        'Developer Kai Lund is being sued by his former neighbour Ines Moreau, who says he built a wall “right through the middle of my garden”.',
      ],
      'right through the middle',
      'Ines Moreau',
    ],
    [
      '"the company said" is the business the narrative is about',
      [
        'Norveld Freight Systems confirmed on Monday that it would cut 300 jobs at two depots.',
        'In a memo to staff, the company said the cuts were “painful but unavoidable for our survival”.',
      ],
      'painful but unavoidable',
      'Norveld Freight Systems',
    ],
    [
      '"the company" is not the regulator that fined it',
      [
        'The Competition Office fined Brantwell Logistics £4m on Monday.',
        '“We will appeal against this decision in the courts,” the company said.',
      ],
      'We will appeal',
      'Brantwell Logistics',
    ],
    [
      '"they" after "officials at the authority" is the authority',
      [
        'The Lowland Water Authority has shut two treatment plants.',
        'Officials at the authority’s northern office said repairs would take a week. “We ask residents to boil their water until further notice,” they said.',
      ],
      'We ask residents',
      'Lowland Water Authority',
    ],
    [
      '"the lawsuit says" is whoever brought the lawsuit',
      [
        'Baker Tom Reyes is being sued by his landlord, Priya Nandakumar, over unpaid rent.',
        '“Mr Reyes has not paid rent for eleven months in a row,” the lawsuit says.',
      ],
      'Mr Reyes has not',
      'Priya Nandakumar',
    ],
    [
      '"It also alleges" after a quoted lawsuit is the claimant',
      [
        'Baker Tom Reyes is being sued by his landlord, Priya Nandakumar, over unpaid rent.',
        '“Mr Reyes has not paid rent for eleven months in a row,” the lawsuit says.',
        'It also alleges that he sublet the flat “without asking anyone at all”.',
      ],
      'without asking anyone',
      'Priya Nandakumar',
    ],
    [
      '"It said" after a sentence about a firm is the firm',
      [
        'Halden Foods reported a loss for the year.',
        'It said demand had fallen and that “the winter was the hardest we have known”.',
      ],
      'the winter was',
      'Halden Foods',
    ],
    [
      'a bare quotation paragraph after narrative about one person is that person',
      [
        'Goalkeeper Anouk Visser, who saved two penalties, was in no mood to celebrate.',
        '“We were lucky and everyone in the dressing room knows it.”',
      ],
      'We were lucky',
      'Anouk Visser',
    ],
    [
      'a bare quotation paragraph after reported speech continues that speaker',
      [
        'In an interview published on Sunday, Dr Hanne Solberg said the clinic had been forced to turn patients away.',
        '“Every week we send people home who should be in a bed.”',
      ],
      'Every week we',
      'Hanne Solberg',
    ],
    [
      'whoever is spoken to in a fronted phrase is not "she"',
      [
        'Mayor Carla Jensen toured the flooded streets.',
        'Speaking to presenter Mia Holt on Friday, she said: “We will rebuild every home on this street.”',
      ],
      'We will rebuild',
      'Carla Jensen',
    ],
  ])('%s', (_name, paragraphs, quoteStart, speaker) => {
    expect(speakerOf(paragraphs, quoteStart)).toBe(speaker);
  });

  it.each([
    [
      'a bare quotation after a sentence naming two people has no speaker',
      [
        'Anouk Visser thanked coach Lena Brandt after the match.',
        '“We were lucky and everyone in the dressing room knows it.”',
      ],
      'We were lucky',
    ],
    [
      'a bare quotation after a paragraph that itself quotes someone is not guessed',
      [
        'The rector, Jonas Aalto, called the vote “a fair result for everyone involved”.',
        '“Nobody here will forget this year in a hurry.”',
      ],
      'Nobody here will',
    ],
    [
      'a bare quotation after a sentence in which the person is not the subject is not theirs',
      [
        'The funeral of Ana Ruiz took place in Valencia on Friday.',
        '“Nobody in this town will ever forget what she did for us.”',
      ],
      'Nobody in this town',
    ],
    [
      'a bare quotation that talks about the person in the third person is not theirs',
      [
        'Goalkeeper Anouk Visser, who saved two penalties, was carried off the pitch.',
        '“She won us this match almost on her own today.”',
      ],
      'She won us',
    ],
    [
      'a name after "a friend of" is not the subject of a relative clause',
      [
        'The restaurant closed in May, a friend of Marco Lind told the paper: “He is devastated by all of it.”',
      ],
      'He is devastated',
    ],
    [
      '"they" after an ordinary plural subject stays unresolved',
      [
        'The Lowland Water Authority has shut two treatment plants.',
        'Residents said the water had smelled for days. “We were never told anything at all,” they said.',
      ],
      'We were never told',
    ],
    [
      '"the lawsuit says" with two claimants is not guessed',
      [
        'Tom Reyes is suing his landlord. Separately, Priya Nandakumar is suing the council.',
        '“The defendant ignored every letter we sent,” the lawsuit says.',
      ],
      'The defendant ignored',
    ],
  ])('%s', (_name, paragraphs, quoteStart) => {
    expect(speakerOf(paragraphs, quoteStart)).toBeNull();
  });
});
