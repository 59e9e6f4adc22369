import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preprocessArticle } from '../../../src/pipeline/preprocess-article.ts';
import { understand } from './make-article.ts';

const SEED = path.resolve(import.meta.dirname, '../../../seeds/000_1f4900251ce4702c.txt');

describe('entities: the seed article', () => {
  const article = preprocessArticle(readFileSync(SEED, 'utf8'), {
    sourceFile: 'seed.txt',
    referenceDate: null,
  });
  const byName = new Map(article.entities.map((e) => [e.name, e]));

  it.each([
    ['Claudia Sheinbaum', 'person'],
    ['Donald Trump', 'person'],
    ['Mexico', 'place'],
    ['Mexico City', 'place'],
    ['United States', 'place'],
    ['The Wall Street Journal', 'organization'],
    ['U.S. National Security Council', 'organization'],
    ['White House', 'organization'],
    ['Sinaloa cartel', 'organization'],
  ])('%s is a %s', (name, type) => {
    expect(byName.get(name)?.type).toBe(type);
  });

  it.each([
    ['The Wall Street Journal', 'WSJ'],
    ['U.S. National Security Council', 'NSC'],
    ['Donald Trump', 'Trump’s'],
    ['Donald Trump', 'President Trump'],
    ['United States', 'U.S.'],
  ])('%s has the alias %s', (name, alias) => {
    expect(byName.get(name)?.aliases).toContain(alias);
  });

  it('keeps demonyms out: "Mexican" is no mention of Mexico', () => {
    const mexico = byName.get('Mexico')!;
    const texts = mexico.mentions.map((m) =>
      article.paragraphs.find((p) => p.id === m.paragraphId)!.text.slice(m.start, m.end),
    );
    expect(texts.every((t) => t === 'Mexico')).toBe(true);
  });

  it('nests "U.S." inside "U.S. National Security Council"', () => {
    const council = byName.get('U.S. National Security Council')!.mentions[0]!;
    const us = byName.get('United States')!.mentions;
    expect(us).toContainEqual({
      paragraphId: council.paragraphId,
      start: council.start,
      end: council.start + 4,
    });
  });
});

describe('entities: general rules', () => {
  const names = (paragraphs: string[]) =>
    understand(paragraphs, '2025-03-19').entities.map((e) => [
      e.name,
      e.type,
      [...e.aliases].sort(),
    ]);

  it('keeps two people who share a surname apart and attaches the bare surname by title and pronoun', () => {
    const { entities } = understand(
      [
        'Councillor Mark Davies told a meeting on Monday that the plan was paused.',
        '“We have listened,” he said.',
        'The campaign has been led by Helen Davies, a retired teacher. Ms Davies said she would keep going.',
        'Davies, who chairs the housing committee, said the council needed land. He said the flats were needed.',
      ],
      '2025-03-19',
    );
    const mark = entities.find((e) => e.name === 'Mark Davies')!;
    const helen = entities.find((e) => e.name === 'Helen Davies')!;
    expect(helen.aliases).toContain('Ms Davies');
    expect(mark.mentions.map((m) => m.paragraphId)).toContain('p4');
    expect(helen.mentions.map((m) => m.paragraphId)).not.toContain('p4');
  });

  it.each([
    [
      ['The European Central Bank (ECB) cut rates. The ECB will meet again.'],
      'European Central Bank',
      'organization',
      ['ECB'],
    ],
    [
      ['The FTC, the Federal Trade Commission, opened a case.'],
      'Federal Trade Commission',
      'organization',
      ['FTC'],
    ],
    [
      ['Shares in Calder Freight fell. Calder’s chief said Calder would recover.'],
      'Calder Freight',
      'organization',
      ['Calder', 'Calder’s'],
    ],
    [
      ['Rahul Mehta, a researcher in London, spoke. Mehta said it was expected.'],
      'Rahul Mehta',
      'person',
      ['Mehta'],
    ],
    [['Protesters gathered in Hexham, Northumberland, on Friday.'], 'Hexham', 'place', []],
  ])('%j → %s (%s)', (paragraphs, name, type, aliases) => {
    const found = names(paragraphs).find(([n]) => n === name);
    expect(found?.[1]).toBe(type);
    for (const alias of aliases) expect(found?.[2]).toContain(alias);
  });

  it('strips titles and does not make entities of months or sentence-initial words', () => {
    const all = names(['Critics say President Ana Ruiz erred in March. Supporters disagree.']).map(
      ([n]) => n,
    );
    expect(all).toEqual(['Ana Ruiz']);
  });
});
