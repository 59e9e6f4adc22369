import type { Rule } from './furniture-rules.ts';

/**
 * Boxes and prompts that sit around or inside the article on many kinds of site: government-site
 * banners, paywall meters, newsletter-platform prompts, sponsor lines, author contact lines,
 * "About X:" boilerplate and media-availability notes. Each is recognised by the kind of thing it
 * says, never by a site's name; length caps keep article prose that merely mentions the words.
 */
export const BOX_PATTERNS: Rule[] = [
  // The banner above every page of a government site ("An official website of the United States
  // government / Here's how you know / Official websites use .gov / A .gov website belongs …").
  {
    pattern:
      /^(an official website of the\b|here'?s how you know$|official websites use \.\w|(a|an) \.\w{2,4} website belongs to an official\b|secure \.\w{2,4} websites use https\b)/i,
    reason: 'government-site banner',
    maxWords: 20,
  },
  {
    pattern: /\bshare sensitive information only on official, secure websites\b/i,
    reason: 'government-site banner',
    maxWords: 30,
  },
  // Paywall meters and sign-in prompts: "You've read 3 of 5 free articles", "Already a subscriber?".
  {
    pattern:
      /^you'?ve (read|reached|used)\b.{0,40}\b(articles?|stories|limit)\b|\b\d+ of \d+ free (articles?|stories)\b|\bfree (articles?|stories) (left|remaining)\b/i,
    reason: 'paywall prompt',
    maxWords: 20,
  },
  {
    pattern: /^already (a |an )?(subscriber|member|registered)\s*[?!]|^already have an account\b/i,
    reason: 'paywall prompt',
    maxWords: 10,
  },
  {
    pattern:
      /\b(free|paid) subscriber to\b|\bupgrade (your subscription|to (paid|premium|pro))\b|^upgrade to (paid|premium|pro)$/i,
    reason: 'paywall prompt',
    maxWords: 30,
  },
  // Newsletter platforms: the forwarding prompt, the sign-off and the e-mail field.
  {
    pattern: /^(forwarded this email|was this (email )?forwarded to you)\b/i,
    reason: 'newsletter or promotion',
    maxWords: 15,
  },
  {
    pattern: /^thanks for reading\b.{0,60}$|\bsubscribe for free\b|\breceive new posts\b/i,
    reason: 'newsletter or promotion',
    maxWords: 25,
  },
  {
    pattern: /^(type|enter) your (work |business |personal )?e-?mail\b/i,
    reason: 'newsletter or promotion',
    maxWords: 8,
  },
  // "Presented by X — tagline", "SPONSORED · X": whose money is behind the box, not the story.
  {
    pattern:
      /^(presented by|sponsored by|brought to you by|in partnership with|in association with)\s+\p{Lu}/iu,
    reason: 'sponsor line',
    maxWords: 15,
  },
  {
    pattern:
      /^(sponsored|promoted|partner content|paid (post|content|partnership)|advertisement|advertising)\s*[·:|–—-]\s*\S/i,
    reason: 'sponsor line',
    maxWords: 12,
  },
  // An author's contact line after the story: "Reach him at ana@…", "Follow her on Bluesky".
  // An e-mail address or a social account, not a phone number: "contact them at 555-0100" is a
  // police appeal inside the story.
  {
    pattern:
      /\b(reach|contact|e-?mail|follow|write to) (him|her|them|me)\b.{0,30}\b(at|on|via) (\S+@\S+\.\w|@\w|x\b|twitter|bluesky|mastodon|threads|instagram|linkedin)/i,
    reason: 'author bio',
    maxWords: 40,
  },
  // Press-release boilerplate: "About the National Rivers Agency (NRA): The agency …".
  {
    pattern: /^About (the |us\b)?(\p{Lu}|us\b)[^:.!?]{0,80}:\s+\S/u,
    reason: 'about box',
    maxWords: 150,
  },
  {
    pattern: /\b(is|are) available (to comment|for (comment|interviews?))\b/i,
    reason: 'media contact',
    maxWords: 40,
  },
  // A sports page's results box: a capitalised label ("RESULTS:", "FULL SCORES:") over score
  // lines ("MS: A bt B 21-18 21-15"), joined into one unit or the label's line alone. The label
  // must be in capitals, and with it either two scores or no sentence end, so a sentence that
  // starts "Results: the team won 3-1." is not taken.
  {
    pattern:
      /^(?:RESULTS?|SCORES?|SCOREBOARD|SCORECARD|FULL SCORES?|FINAL SCORES?)\s*:\s(?:.*\b\d{1,3}[-–]\d{1,3}\b.*\b\d{1,3}[-–]\d{1,3}\b|[^.!?]*$)/u,
    reason: 'results box',
    maxWords: 120,
  },
];
