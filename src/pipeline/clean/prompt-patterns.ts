import type { Rule } from './furniture-rules.ts';

/**
 * Prompts and notices a page puts around the story that read like sentences: consent banners,
 * the age stamp on an old article, video-player and scroll prompts, gambling small print, share
 * and comment prompts. Each rule describes a kind of notice, never a site; length caps keep prose
 * that merely mentions the words.
 */
export const PROMPT_PATTERNS: Rule[] = [
  // Consent banners: "Acme uses cookies and similar technologies to …", "We and our 312 partners
  // store and access information on your device …", titled "We value your privacy".
  {
    pattern:
      /\buses? cookies (and similar|and other|to)\b|\b(store|access) (and(\/or)? (access|store) )?information on (a|your) device\b/i,
    reason: 'cookie notice',
    maxWords: 60,
  },
  {
    pattern: /^we (value|care about|respect) your privacy\b/i,
    reason: 'cookie notice',
    maxWords: 6,
  },
  {
    pattern:
      /^(accept|reject|allow|refuse|decline|deny) (all|non-essential|necessary|essential|optional|additional)( cookies)?$/i,
    reason: 'cookie notice',
  },
  // "This article is more than 1 year old": the archive's age stamp above an old story.
  {
    pattern:
      /^this (article|story|page|content|post) is (more|over|less) than (\d+|a|an|one|two|three|four|five|six|ten) (years?|months?|weeks?|days?) old$/i,
    reason: 'article age label',
  },
  // "Video above: …", "Watch below: …": the label under an embedded player, not article text.
  {
    pattern: /^(video|watch|audio|listen|gallery|photos?|pictured) (above|below)\s*[:–—-]/i,
    reason: 'media player label',
    maxWords: 30,
  },
  {
    pattern: /^scroll (down )?(for|to) (more|video|continue|read)\b/i,
    reason: 'scroll prompt',
    maxWords: 6,
  },
  // Betting promos carry an age limit and a helpline, whatever the box calls itself.
  {
    pattern:
      /\bmust be (18|19|21)\s?\+|\bgambling problem\b|\bgamble responsibly\b|\bplease play responsibly\b|\b1-800-gambler\b/i,
    reason: 'advertisement',
    maxWords: 40,
  },
  {
    pattern:
      /^(share|comment on|share or comment on|share and comment on) (this|the) (article|story|post|page)\s*:?$/i,
    reason: 'sharing button',
  },
  // The comment section's own small print.
  {
    pattern:
      /^(the )?comments (below |on this (article|story|page) )?(have not been|haven't been|are not|are) (pre-?|post-?)?moderated\b|^(the )?views expressed (in the (contents?|comments?) (above|below) |here |below )?are (those of|solely those of) (our |the )?(users|readers|commenters|contributors)\b/i,
    reason: 'comment box',
    maxWords: 40,
  },
  // A newsletter opened in a mail client: "View this email in your browser", "Forwarded this?".
  {
    pattern: /^view (this|the|it) ?(email|newsletter|issue)? in (your |a )?(web )?browser\b/i,
    reason: 'newsletter or promotion',
    maxWords: 10,
  },
  { pattern: /^forwarded this\b/i, reason: 'newsletter or promotion', maxWords: 10 },
  {
    pattern: /^(enter|type) (your )?(search|keywords?)( terms?| query| here)?\.{0,3}$/i,
    reason: 'search box',
  },
  // The line that closes an advertiser's box: "-- END SPONSORED --", "End of advertisement".
  {
    pattern:
      /^end (of )?(sponsored|sponsorship|advertisement|advertising|promotion|partner content|paid (content|post))( content| message| section)?$/i,
    reason: 'sponsored content',
  },
];
