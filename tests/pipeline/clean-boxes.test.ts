import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/01-clean.ts';
import { furnitureByVocabulary } from '../../src/pipeline/clean/furniture-rules.ts';

/**
 * The clean stage's rules for boxes and prompts around the article (see `box-patterns.ts`,
 * `mark-sponsor-blocks.ts` and the new labels): every line here is invented.
 */
const reasonOf = (line: string) => {
  const verdict = furnitureByVocabulary(line);
  return verdict.furniture ? verdict.reason : null;
};

describe('government-site banner', () => {
  it.each([
    'An official website of the Republic of Marovia',
    "Here's how you know",
    'Official websites use .gov',
    'A .gov website belongs to an official government organization in Marovia.',
    'Secure .gov websites use HTTPS',
  ])('"%s" is furniture', (line) => {
    expect(reasonOf(line)).toBe('government-site banner');
  });

  it('keeps a sentence about a government website', () => {
    expect(
      reasonOf('The agency moved its archive to a new .gov website last spring, officials said.'),
    ).toBeNull();
  });
});

describe('paywall prompts', () => {
  it.each([
    "You've read 4 of 10 free articles this month.",
    'You have 2 free stories remaining',
    'Already a subscriber? Sign in',
    "You're currently a free subscriber to Ledger Notes. For more, upgrade your subscription.",
    'Upgrade to paid',
  ])('"%s" is furniture', (line) => {
    expect(reasonOf(line)).toBe('paywall prompt');
  });

  it('keeps prose that merely starts with "Already a member"', () => {
    expect(reasonOf('Already a member, she voted against the plan.')).toBeNull();
  });
});

describe('newsletter-platform prompts', () => {
  it.each([
    'Forwarded this email? Subscribe here for more',
    'Was this forwarded to you? Sign up for Harbour Notes',
    'Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.',
    'Type your email...',
    'Enter your work email',
  ])('"%s" is furniture', (line) => {
    expect(reasonOf(line)).toBe('newsletter or promotion');
  });

  it('keeps a long sentence that opens with "Thanks for reading"', () => {
    expect(
      reasonOf(
        'Thanks for reading the small print so closely, the judge told the lawyers before adjourning the hearing.',
      ),
    ).toBeNull();
  });

  it.each(['READ IN APP', 'Open in app', 'View in browser'])('"%s" is a label', (line) => {
    expect(reasonOf(line)).toBe('navigation or sharing label');
  });
});

describe('sponsor lines and paywall badges', () => {
  it.each([
    'Presented by Quillon Bank — banking for people who build things.',
    'SPONSORED · Quillon Bank',
    'Partner content: Ostra Signals',
  ])('"%s" is a sponsor line', (line) => {
    expect(reasonOf(line)).toBe('sponsor line');
  });

  it('keeps a long sentence that opens with "Sponsored by"', () => {
    expect(
      reasonOf(
        'Sponsored by the county, the fair drew 40,000 visitors over four days and raised money for two schools.',
      ),
    ).toBeNull();
  });

  it.each(['PREMIUM', 'Learn more', 'News Release', 'Press release'])('"%s" is a label', (line) => {
    expect(reasonOf(line)).toBe('navigation or sharing label');
  });
});

describe('author bio, about box and media availability', () => {
  it('an author contact line after the story is furniture', () => {
    expect(
      reasonOf('Dana Reyes covers schools. Reach her at dreyes@ledger.example or 555-0100.'),
    ).toBe('author bio');
    expect(reasonOf('Tom Ashby writes about farming. Follow him on Bluesky.')).toBe('author bio');
  });

  it('keeps a police appeal with a phone number', () => {
    expect(
      reasonOf('Police asked witnesses to contact them at 555-0199 or at the station.'),
    ).toBeNull();
  });

  it('"About X (ACR): …" boilerplate is an about box', () => {
    expect(
      reasonOf(
        'About the Marovian Water Board (MWB): The board manages rivers and reservoirs in three provinces and employs 900 people.',
      ),
    ).toBe('about box');
    expect(reasonOf('About us: We are a small team of editors in Brno.')).toBe('about box');
  });

  it('keeps sentences that open with "About"', () => {
    expect(reasonOf('About 40 people gathered outside: some carried signs.')).toBeNull();
    expect(reasonOf('About half of them agreed: the road had to close.')).toBeNull();
  });

  it('"X is available for interviews" is a media contact note', () => {
    expect(reasonOf('Prof. Ana Ruiz, head of the Coastal Lab, is available for interviews.')).toBe(
      'media contact',
    );
    expect(reasonOf('The minister was not available for comment.')).toBeNull();
  });
});

describe('sponsor blocks', () => {
  const verdicts = (page: string) =>
    Object.fromEntries(clean(page).units.map((u) => [u.text, u.furniture]));

  it('the copy between a sponsor label and its button is the advertisement', () => {
    const page = [
      'The council voted on Tuesday to keep the ferry running through the winter months.',
      'SPONSORED · Ostra Signals',
      'Modern signalling is not a luxury. See how our systems keep trains on time across the region.',
      'Learn more',
      'The vote was close, and the mayor said she would ask for a review in spring.',
    ].join('\n\n');
    const v = verdicts(page);
    expect(
      v[
        'Modern signalling is not a luxury. See how our systems keep trains on time across the region.'
      ],
    ).toBe('sponsored content');
    expect(
      v['The vote was close, and the mayor said she would ask for a review in spring.'],
    ).toBeNull();
  });

  it('an "Advertisement" slot with no button keeps the article text after it', () => {
    const page = [
      'The council voted on Tuesday to keep the ferry running through the winter months.',
      'Advertisement',
      'The vote was close, and the mayor said she would ask for a review in spring.',
      'Read more',
    ].join('\n\n');
    expect(
      verdicts(page)[
        'The vote was close, and the mayor said she would ask for a review in spring.'
      ],
    ).toBeNull();
  });
});
