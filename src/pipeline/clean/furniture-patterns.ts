import type { Rule } from './furniture-rules.ts';

/** Patterns that mark a line as furniture however long it is (up to a sanity cap). */
export const PATTERNS: Rule[] = [
  // Not "Opinion:" or "Explainer:": those prefix the article's own headline too.
  {
    pattern:
      /^(read more|read next|up next|related|also read|read also|see also|more|recommended|sponsored|watch|listen|video|live)\s*[:|–—]\s*\S/i,
    reason: 'link to another story',
  },
  // "ALSO ON THE WIRE: Headline", "Also in Business: Headline": a link to the site's other pages.
  {
    pattern: /^also (?:on|in|from) [^:|]{1,30}:\s*\S/i,
    reason: 'link to another story',
    maxWords: 25,
  },
  { pattern: /^related\b.{0,30}$/i, reason: 'related-links header', maxWords: 5 },
  { pattern: /^\d+ (of|\/) \d+$/, reason: 'gallery counter' },
  {
    pattern: /\b(t&cs apply|18\+|begambleaware|free bets?|promo code|bet now)\b/i,
    reason: 'advertisement',
    maxWords: 40,
  },
  // An advertiser's small print closes its copy: "0% finance on selected models. Conditions apply."
  {
    pattern: /\b(?:terms (?:and|&) conditions|conditions|terms|exclusions) apply\.?$/i,
    reason: 'advertisement',
    maxWords: 40,
  },
  {
    pattern:
      /^this (article|story|content|report) (is|was|has been) (provided|supplied|produced|syndicated|republished)\b|\bnews partner\b/i,
    reason: 'syndication note',
    maxWords: 40,
  },
  {
    pattern:
      /^[\p{Lu}][\p{L}\s&.'’-]{1,40} is an? (independent |leading |global |national |non-?profit |not-for-profit |community )*(news agency|news service|wire service|publisher|media (company|group|organi[sz]ation)|news organi[sz]ation|newspaper|newsroom)\b/u,
    reason: 'about the publisher',
    maxWords: 40,
  },
  {
    pattern: /\b(donate|make a donation|give now|a regular gift|gift aid)\b/i,
    reason: 'appeal for support',
    maxWords: 40,
  },
  {
    pattern: /^(want to write for us|write for us|pitch us|we'?re hiring)\b/i,
    reason: 'call to action',
    maxWords: 40,
  },
  {
    pattern:
      /^(was this (page|article|story|explainer|guide|post|piece|answer|information) (helpful|useful)|rate this (page|article|story|explainer|guide))\b/i,
    reason: 'feedback widget',
    maxWords: 10,
  },
  { pattern: /\s(→|»|›|>>)$/, reason: 'link to another story', maxWords: 20 },
  // "📸 Our full photo gallery is on our Instagram", "Follow us on TikTok": a social-media promo.
  {
    pattern:
      /^(?:\p{Extended_Pictographic}|(?:follow|find|join|watch|see) us\b).*\b(?:instagram|facebook|tiktok|youtube|twitter|whatsapp|telegram|threads|bluesky)\b|\b(?:is|are) on (?:our|the) [\p{L}\s]{0,40}(?:instagram|facebook|tiktok|youtube)\b/iu,
    reason: 'social-media promo',
    maxWords: 25,
  },
  {
    pattern: /^(share|post|send) (on|via|by|to|with) [\w.]+$/i,
    reason: 'sharing button',
    maxWords: 4,
  },
  {
    pattern:
      /\b(delivered (straight )?(to your inbox|every|each)|straight to your inbox|in your inbox)\b/i,
    reason: 'newsletter or promotion',
    maxWords: 25,
  },
  {
    pattern: /^by (signing up|subscribing|clicking|continuing|registering)\b/i,
    reason: 'newsletter or promotion',
    maxWords: 30,
  },
  {
    pattern: /^(enter your email|your email address|email address)\b/i,
    reason: 'newsletter or promotion',
    maxWords: 8,
  },
  {
    pattern:
      /^(sign up|subscribe|get (our|the) .{0,40}newsletter|join (our|the) .{0,30}(newsletter|list|mailing)|download (the|our) app|get the app|follow us|like us on|enter your email)/i,
    reason: 'newsletter or promotion',
  },
  {
    pattern: /\b(newsletter|inbox|unsubscribe)\b/i,
    reason: 'newsletter or promotion',
    maxWords: 20,
  },
  { pattern: /^(©|\(c\)|copyright\b)/i, reason: 'copyright footer' },
  { pattern: /\ball rights reserved\b/i, reason: 'copyright footer' },
  {
    pattern:
      /^(privacy policy|terms (of (use|service)|and conditions)|cookie (policy|settings))\b/i,
    reason: 'site footer',
  },
  {
    pattern:
      /\b(we|this (site|website)) uses? cookies\b|\bcookies? (policy|settings|preferences|consent)\b|\baccept (all )?cookies\b/i,
    reason: 'cookie notice',
  },
  // "💬 23 comments": a count, with the speech-bubble icon some sites print before it.
  {
    pattern:
      /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?\d[\d,.]*\s*(comments?|replies|shares?|views)$/iu,
    reason: 'comment or share count',
  },
  {
    pattern: /^(comments?|replies|shares?)\s*[(:]?\s*\d[\d,.]*\)?$/i,
    reason: 'comment or share count',
  },
  // "3 hours ago", "Updated 2 days ago", "Last Updated: 2 hours ago": a stamp relative to when the
  // page was saved, not a date line.
  {
    pattern:
      /^(?:(?:first |last )?(?:published|posted|updated)\s*:?\s*)?\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i,
    reason: 'relative timestamp',
  },
  { pattern: /^\d+\s*(min|minute)s?\s+read$/i, reason: 'reading-time label' },
  { pattern: /^(click|tap) here\b/i, reason: 'call to action' },
  { pattern: /^last (modified|updated) on\b/i, reason: 'modification stamp' },
  {
    pattern: /^(reporting|additional reporting|editing|writing) by\b.*(;|editing by)/i,
    reason: 'wire credits',
  },
  { pattern: /^(our standards|trust principles)\b/i, reason: 'site footer' },
  { pattern: /^welcome to\s+\S/i, reason: 'site greeting', maxWords: 8 },
  { pattern: /^follow\s+@\w+/i, reason: 'social handle', maxWords: 6 },
  {
    pattern:
      /^listen to this (article|story|explainer|guide|piece|report|feature|post|interview)\b/i,
    reason: 'audio player',
    maxWords: 10,
  },
  // The text-size buttons "A-  A  A+" (often beside the audio player's "Listen to this article").
  { pattern: /^a\s?[-−–]\s+a\s+a\s?\+(?:\s|$)/i, reason: 'text-size controls', maxWords: 12 },
  // A row of form fields and buttons, each in brackets: "[Your email] [Sign me up]", "[Accept all]
  // [Reject]". Bracketed labels of a few words with no sentence inside them.
  { pattern: /^(?:\[[^\][.!?]{1,30}\]\s*)+$/u, reason: 'form buttons', maxWords: 12 },
  { pattern: /^(reading time|read time)\s*:?\s*\d+/i, reason: 'reading-time label', maxWords: 6 },
  {
    pattern:
      /\b(for (general )?information(al)? (purposes )?only|does not constitute (financial|legal|investment|medical) advice)\b/i,
    reason: 'disclaimer',
  },
  { pattern: /^(posted in|filed under|tagged)\b.*\|/i, reason: 'post tags' },
  {
    pattern:
      /^(leave a (comment|reply)|comments are closed|your email address will not be published|join the conversation|have your say)\b/i,
    reason: 'comment box',
  },
  { pattern: /^(«|‹)?\s*(previous|next) (post|article|story)\s*:/i, reason: 'post navigation' },
  {
    pattern: /^(support|contribute to|donate to)\b.{0,60}(journalism|from just|a month)/i,
    reason: 'appeal for support',
  },
  { pattern: /\bwe rely on readers\b/i, reason: 'appeal for support', maxWords: 30 },
  {
    pattern: /^(purchase licensing rights|reuse this content|report an error|corrections policy)$/i,
    reason: 'site tools',
  },
  { pattern: /^(all )?quotes delayed\b|\bmarket data delayed\b/i, reason: 'market data notice' },
  // The quote box's small print: "Data is a real-time snapshot. Data is delayed at least 15 minutes."
  {
    pattern:
      /\b(?:data|quotes|prices) (?:is |are )?delayed (?:by )?(?:at least |up to )?\d+ min|\breal-time snapshot\b/i,
    reason: 'market data notice',
    maxWords: 30,
  },
  { pattern: /^[-_*=~•·\s]{3,}$/u, reason: 'separator' },
  { pattern: /^[★☆✩✪✫✬✭✮✯✰⭐\s]+$/u, reason: 'rating stars' },
  {
    pattern:
      /^(this article|this story) (was|is) (originally )?(published|produced|updated)\b.{0,80}$/i,
    reason: 'publication note',
  },
];
