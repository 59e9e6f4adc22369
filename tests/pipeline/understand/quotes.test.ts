import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preprocessArticle } from '../../../src/pipeline/preprocess-article.ts';
import { understand } from './make-article.ts';

const SEED = path.resolve(import.meta.dirname, '../../../seeds/000_1f4900251ce4702c.txt');

function speakerOf(paragraphs: string[], quoteStart: string) {
  const u = understand(paragraphs, '2025-03-12');
  const q = u.quotes.find((x) => x.text.startsWith(quoteStart));
  return { quote: q, name: u.entities.find((e) => e.id === q?.speakerId)?.name ?? null };
}

describe('quotes: the seed article', () => {
  const article = preprocessArticle(readFileSync(SEED, 'utf8'), {
    sourceFile: 'seed.txt',
    referenceDate: null,
  });
  it.each([
    ['No, President Trump', 'recalled telling him'],
    ['We can collaborate', 'added'],
  ])('“%s…” is Claudia Sheinbaum’s, cue “%s”', (start, cue) => {
    const q = article.quotes.find((x) => x.text.startsWith(start))!;
    expect(q.speakerId).toBe('claudia-sheinbaum');
    expect(q.cue).toBe(cue);
    expect(q.attribution).toBe('pronoun');
  });
});

describe('quotes: attribution patterns', () => {
  it.each([
    [
      ['“We will appeal the ruling today,” said Ana Ruiz, the lawyer.'],
      'We will appeal',
      'Ana Ruiz',
      'name',
    ],
    [
      ['Ana Ruiz spoke first. "We will appeal the ruling," Ruiz said.'],
      'We will appeal',
      'Ana Ruiz',
      'name',
    ],
    [
      ['The defendant’s lawyer, Ana Ruiz, said the case “was never going to stand up” in court.'],
      'was never going',
      'Ana Ruiz',
      'description',
    ],
    [
      [
        'Ana Ruiz runs the Harbor Trust. A spokesperson for the trust said: “No decision has been made yet.”',
      ],
      'No decision',
      'Harbor Trust',
      'description',
    ],
    [
      [
        'Tom Achebe called the cuts "a slow-motion disaster for the countryside" and said he would vote against.',
      ],
      'a slow-motion',
      'Tom Achebe',
      'name',
    ],
    [
      [
        'The letter, sent to the minister, Daniel Osei, warns that villages would be "cut off from work and school".',
      ],
      'cut off',
      null,
      'none',
    ],
  ])('%j', (paragraphs, start, speaker, attribution) => {
    const { quote, name } = speakerOf(paragraphs, start);
    expect(name).toBe(speaker);
    expect(quote?.attribution).toBe(attribution);
  });

  it('sends a pronoun to the subject of the narrative, not the nearest name', () => {
    const { name } = speakerOf(
      [
        '“I still owe her dinner for that first ball,” Sofie Larsen said of her sister Emma Larsen, who was named player of the match.',
        '“Maybe two dinners after the corner,” she added.',
      ],
      'Maybe two dinners',
    );
    expect(name).toBe('Sofie Larsen');
  });

  it('joins a quote that runs over two paragraphs, with a continuation span', () => {
    const u = understand(
      [
        '“These were people who did everything right,” prosecutor Owen Marsh told jurors. “They filed their claims and they waited.',
        '“The defendant knew he could not do these jobs.”',
      ],
      '2024-11-19',
    );
    const q = u.quotes.find((x) => x.text.startsWith('They filed'))!;
    expect(q.text).toBe(
      'They filed their claims and they waited. The defendant knew he could not do these jobs.',
    );
    const second = '“The defendant knew he could not do these jobs.”';
    expect(q.continuations).toEqual([{ paragraphId: 'p2', start: 1, end: second.length - 1 }]);
    expect(q.speakerId).toBe('owen-marsh');
    expect(q.attribution).toBe('continuation');
  });

  it('skips scare quotes and quoted titles, keeps nested single quotes', () => {
    const u = understand(
      [
        'Critics called it a “fix” and went to see “The Salt Orchard” again.',
        '"When farmers tell me \'there is nothing left\', I believe them," Rui Batista said.',
      ],
      null,
    );
    expect(u.quotes.map((q) => q.text)).toEqual([
      "When farmers tell me 'there is nothing left', I believe them,",
    ]);
    expect(u.quotes[0]!.speakerId).toBe('rui-batista');
  });
});
