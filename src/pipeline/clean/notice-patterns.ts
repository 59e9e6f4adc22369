import type { Rule } from './furniture-rules.ts';

/**
 * Notices a non-profit or membership site prints around its stories, and newsletter prompts that
 * name the newsletter rather than saying "newsletter". Each rule describes a kind of notice,
 * never a site; length caps keep prose that merely mentions the words.
 */
export const NOTICE_PATTERNS: Rule[] = [
  // "📧 Get the Harbour Sports Bulletin every Friday.", "Get our Morning Briefing": a newsletter's
  // name ends in a newsletter noun; a mail emoji may stand before the prompt.
  {
    pattern:
      /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?get (?:our|the) [^.!?]{0,50}\b(?:newsletter|briefing|bulletin|digest|round-?up)\b/iu,
    reason: 'newsletter or promotion',
    maxWords: 20,
  },
  // "X Society is a registered charity. Charity registration number 1234567": the legal notice in a
  // footer. A number must follow, so a story about a charity is not taken.
  {
    pattern:
      /\b(?:charit(?:y|able)|registered)\b[^.!?]{0,40}\b(?:number|no\.?)\s*:?\s*[A-Z]{0,3}\s?\d{3,}/i,
    reason: 'charity registration',
    maxWords: 40,
  },
  // "X acknowledges that it operates on the unceded territories of …": a land acknowledgement in
  // the footer, said by the site in the present tense (a story reports one in the past).
  {
    pattern:
      /^(?:[\p{L}'’&.-]+\s+){1,6}(?:acknowledges?|recogni[sz]es?)\b.{0,80}\b(?:unceded|traditional|ancestral)\b.{0,60}\b(?:territor(?:y|ies)|lands?)\b/iu,
    reason: 'land acknowledgement',
    maxWords: 80,
  },
  // "Need help? The Samaritans' line is open day and night on 116 123.": a support line printed
  // under a story on a hard subject. The prompt question opens it and a phone number (digit
  // groups) follows, so a quote that asks "Need help?" is not taken.
  {
    pattern:
      /^(?:need (?:help|support|someone to talk to)|struggling|affected by (?:this|these|any of)\b[^?]{0,40})\?\s.{0,120}\b\d{3,5}(?:[\s-]\d{2,4}){1,3}\b/i,
    reason: 'support line',
    maxWords: 40,
  },
  // "This article appears in the Spring issue of Y. Subscribe …", "… appears in Y issue 12": a
  // magazine's note under a story from its print edition, naming the issue (with or without an
  // article before the magazine's name). It opens the line, so a story's prose is not taken.
  {
    pattern:
      /^this (?:article|story|piece|essay|feature) (?:appears|is published|was first published) in (?:(?:the|our) )?[^.!?]{0,50}\b(?:issue|edition)\b/i,
    reason: 'print-edition notice',
    maxWords: 30,
  },
  // "Got a story for us? Email newsdesk@… or call …": a tabloid's appeal for tips under a story.
  // The question opens the line and contact words follow, so a quote asking it is not taken.
  {
    pattern:
      /^(?:do you have|have you got|got) (?:a story|a news tip|news|a tip)\b[^?]{0,60}\?\s.{0,120}\b(?:email|e-mail|call|contact|message|whatsapp)\b/i,
    reason: 'tips appeal',
    maxWords: 60,
  },
];
