import type { ArticleImage } from '../../shared/article-schema.ts';
import { parseByline } from './parse-byline.ts';

/**
 * Image captions with their credits, in the common shapes:
 *   "Protesters in Lima. Photograph: Ana Ruiz/Reuters"
 *   "Caption text. Source: EneasMx, CC BY 4.0, via Wikimedia Commons"
 *   "Caption text Credit: Getty" / "Caption text. © Agency/Photographer"
 *   "Caption text (Photo by Luis Mendes/Reuters)" / "(Source: KGLA)" / "(AP Photo/Name)" / "(Supplied)"
 *   "Caption text (Photo courtesy of the Fire Service)": the credit is who gave the picture
 *   "Caption text. (Supplied: Fire Service)": the credit keeps its label
 *   "Image source, Getty Images" / "Image caption, Caption text" (two lines)
 *   "Photo: Ben Carrow (CC BY 2.0)" on the line after its caption (see mergeCaptionLines)
 *   "Pic: Ana Ruiz": the tabloids' short label for a picture credit
 */
const MARKER_WORDS =
  '(?:(?:image source|image credit)\\s*[:,]|(?:photo credit|picture credit|source|photo|photograph|photos|image|picture|pic|credit|illustration|graphic)\\s*:|(?:photo|photograph|picture|image|credit)\\s*\\||©)';
/** A marker after a sentence end or a dash, or (capitalised, as sites print it) after any space. */
const MARKER = new RegExp(`(?:^|[.!?”"’)]\\s+|\\s[-–—|]\\s)${MARKER_WORDS}\\s*(.+)$`, 'i');
const CAPITALISED_MARKER =
  /\s(?:Photo credit|Picture credit|Source|Photo|Photograph|Image|Picture|Credit|Illustration):\s*(.+)$/;
const PAREN =
  /\s*\((?:(?:photo|image|picture|photograph|source|credit|courtesy)(?:\s+by|\s*:|\s+credit\s*:?|\s+of|\s+courtesy(?:\s+of)?)\s*([^)]+)|(\p{Lu}[\p{L}.]*\s+photo\s*\/\s*[^)]+)|(supplied|handout|file photo|getty images|getty|ap|aap|afp|reuters|epa|pa|shutterstock|alamy)|(supplied\s*:\s*[^)]+))\)\s*\.?$/iu;
const COURTESY =
  /^(?:(?:image|photo|photograph|picture|illustration)s?\s+)?courtesy\s+(?:of\s+)?\p{Lu}[^.!?]{0,60}\.?$/iu;
const BBC_CAPTION = /^image caption\s*[,:]\s*(.+)$/i;
const LICENCE =
  /^(?:cc[ -]?(?:by|0)(?:[ -][a-z]{2}(?:[ -][a-z]{2})?)?(?:[ -]?\d\.\d)?(?:[ -][a-z]+)?|cc0|public domain|gfdl.*|all rights reserved)$/i;
/**
 * A wire credit on a line of its own, agency and photographer joined by slashes without spaces:
 * "AGENCY/Jane Roe/File Photo". One part is a person's name of two or more words, so a breadcrumb
 * ("News/Politics") or a pollster pair ("Acme/Ipsos") is not taken for one.
 */
const SLASH_PART = "\\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*){0,3}";
const SLASH_CREDIT = new RegExp(`^${SLASH_PART}(?:/${SLASH_PART}){1,3}$`, 'u');
/**
 * A credit in brackets after a one-sentence caption, as a slash pair: the photographer and the
 * licence ("… studio. (Ana Ruiz / CC BY 2.0)") or the photographer and the agency ("… Calgary.
 * (Ana Ruiz/KGLA)"). The caption must end like a sentence: a bracketed pair after prose that
 * runs on is a citation, not a credit.
 */
const BRACKETED_PAIR = /^(.{3,400}?[.!?]["”’]?)\s+\(([^()]{3,80})\)$/u;
const MAX_BRACKET_CAPTION_WORDS = 40;
/** A figure label before a caption whose credit is in brackets after it. */
const LEADING_LABEL = /^(?:photo|image|picture|photograph)\s*:\s+(?=\p{Lu})/iu;

/** "Supplied", "Supplied / Fire Service", "Supplied: Ana Ruiz": a handout picture's credit line. */
const SUPPLIED_LINE = /^supplied(?:\s*[/:]\s*\p{Lu}[^.!?/]{0,60})?$/iu;

/** A picture desk's button printed after the credit: "… /File Photo Purchase Licensing Rights". */
const TOOL_BUTTON =
  /\s+(?:purchase licensing rights|reuse this (?:content|image|photo)|buy (?:this )?(?:photo|image|print)|license this (?:photo|image))$/i;
/** Whether a caption line ends with a button the figure drops (see TOOL_BUTTON). */
function trailingToolButton(line: string): boolean {
  return TOOL_BUTTON.test(line);
}

/** "(Photo courtesy of the Fire Service)": the credit is who gave the picture, without the note. */
const BRACKETED_COURTESY = /\((?:(?:photo|image|picture|photograph)\s+)?courtesy\b/i;

/**
 * Whether the figure leaves out words of the caption line other than its markers: a button after
 * the credit, or the "courtesy of" of a bracketed credit. Such a line is also kept whole.
 */
export function figureDropsWords(line: string): boolean {
  return trailingToolButton(line) || BRACKETED_COURTESY.test(line);
}

/** Abbreviations whose full stop belongs to the credit ("Medilux Inc."). */
const ABBREVIATION_END = /\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Bros|Pty|Plc|St|Dept)\.$/;

/** A bare web address. */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

export type CaptionParts = ArticleImage;

export function parseCaption(line: string): CaptionParts | null {
  if (line.split(/\s+/).length > 80) return null;
  // "Text: Ana Ruiz | Photos: Ben Carrow" credits the story's writer and photographer: a byline
  // line, not the caption of one picture.
  const firstPart = line.split(/\s+[|·•]\s+/)[0]!;
  if (firstPart !== line && parseByline(firstPart, { requirePrefix: true }) !== null) return null;
  const text = line.replace(TOOL_BUTTON, '');
  // "(Ana Ruiz/KTV)": the same credit in brackets, as some sites set the line under a caption.
  const bare = /^\(([^()]+)\)$/.exec(text.trim())?.[1]!.trim() ?? text;
  if (SLASH_CREDIT.test(bare) && bare.split('/').some((part) => part.includes(' ')))
    return { caption: null, credit: bare, licence: null, via: null };
  // "Supplied / Fire Service": Australasian sites credit a handout picture to who supplied it, on
  // a line of its own next to the caption (see labelledCreditCaption); kept as printed.
  if (SUPPLIED_LINE.test(text.trim()))
    return { caption: null, credit: text.trim(), licence: null, via: null };
  const own = creditLine(text.trim(), bare);
  if (own) return own;
  // "Image courtesy of the artist's estate": a credit line of its own (see mergeCaptionLines).
  const courtesy = COURTESY.exec(text.trim());
  if (courtesy)
    return { caption: null, credit: text.trim().replace(/\.$/, ''), licence: null, via: null };
  const pair = bracketedPair(text.trim());
  if (pair) return pair;
  const bbc = BBC_CAPTION.exec(text);
  if (bbc) return { caption: bbc[1]!.trim(), credit: null, licence: null, via: null };
  const paren = PAREN.exec(text);
  if (paren) {
    // "(Supplied: Fire Service)": who supplied the picture, kept with its label as printed.
    const credit = paren[1] ?? paren[2] ?? paren[4] ?? capitalise(paren[3]!);
    return { caption: tidyCaption(text.slice(0, paren.index)), ...splitCredit(credit) };
  }
  const marker = MARKER.exec(text) ?? CAPITALISED_MARKER.exec(text);
  if (!marker) return null;
  const markerStart = marker.index + (/^[.!?”"’)]/.test(marker[0]) ? 1 : 0);
  const caption = tidyCaption(text.slice(0, markerStart));
  // "Advertise with us | Careers | Terms of use | © 2025 Site": a footer's links before its
  // copyright line, not a caption before a credit.
  if (caption !== null && isLinkRow(caption)) return null;
  const credit = splitCredit(marker[1]!);
  // "Source: the ministry said…" inside prose is not a credit: credits are short.
  if (credit.credit !== null && credit.credit.split(/\s+/).length > 10) return null;
  // "Source: https://…" under a printed story is the page's address, not who made a picture.
  if (caption === null && credit.credit !== null && WEB_ADDRESS.test(credit.credit)) return null;
  return { caption, ...credit };
}

/** Two or more short parts joined by bars, none a sentence: a row of links. */
function isLinkRow(text: string): boolean {
  const parts = text.split(/\s+\|\s+/);
  return parts.length >= 2 && parts.every((p) => p.split(/\s+/).length <= 4 && !/[.!?]$/.test(p));
}

function tidyCaption(text: string): string | null {
  // Keep the caption's own full stop; drop only the separators that led to the credit. Text is
  // data: the ";" that ends a character reference ("&gt;") is part of the caption, not a separator.
  const caption = text
    .trim()
    .replace(/(?:[\s,:–—|-]|(?<!&#?\w+);)+$/, '')
    .trim();
  return caption.length > 0 ? caption : null;
}

function capitalise(word: string): string {
  return /^(ap|aap|afp|epa|pa)$/i.test(word)
    ? word.toUpperCase()
    : word.charAt(0).toUpperCase() + word.slice(1);
}

function splitCredit(text: string): Omit<CaptionParts, 'caption'> {
  let rest = text.trim();
  if (!ABBREVIATION_END.test(rest)) rest = rest.replace(/\.$/, '');
  // A licence in brackets after the name: "Ben Carrow (CC BY 2.0)".
  let licence: string | null = null;
  const bracketed = /\s*\(([^)]+)\)$/.exec(rest);
  if (bracketed && LICENCE.test(bracketed[1]!.trim())) {
    licence = bracketed[1]!.trim();
    rest = rest.slice(0, bracketed.index);
  }
  let via: string | null = null;
  const credit: string[] = [];
  for (const part of rest.split(/\s*,\s*/).filter(Boolean)) {
    const viaMatch = /^via\s+(.+)$/i.exec(part);
    if (viaMatch) via = viaMatch[1]!;
    else if (LICENCE.test(part)) licence = part;
    else credit.push(part);
  }
  return { credit: credit.length > 0 ? credit.join(', ') : null, licence, via };
}

function bracketedPair(text: string): CaptionParts | null {
  const match = BRACKETED_PAIR.exec(text);
  if (!match || match[1]!.split(/\s+/).length > MAX_BRACKET_CAPTION_WORDS) return null;
  const inside = match[2]!.trim();
  // "Photo: Caption text. (Ana Ruiz/KGLA)": the label opens the figure, the credit is bracketed.
  const caption = match[1]!.trim().replace(LEADING_LABEL, '');
  const parts = inside.split(/\s*\/\s*/);
  const last = parts[parts.length - 1]!;
  if (parts.length === 2 && LICENCE.test(last) && /^\p{Lu}/u.test(parts[0]!))
    return { caption, credit: parts[0]!, licence: last, via: null };
  // "Ana Ruiz/KGLA": the same shape as a wire credit on a line of its own.
  if (SLASH_CREDIT.test(inside) && parts.some((part) => part.includes(' ')))
    return { caption, credit: inside, licence: null, via: null };
  return null;
}

/** A name of one to four capitalised words: a photographer, an agency, a site. */
const CREDIT_NAME = new RegExp(`^${SLASH_PART}$`, 'u');

/**
 * Credit lines of their own under a caption (see mergeCaptionLines), in two more shapes: the
 * outlet's or photographer's name alone in brackets ("(Harbour Post)"), as sites that shot the
 * picture themselves print it; and a photographer and a source, spaced slash and all, with the
 * licence after a comma ("Ana Ruiz / Wikimedia Commons, CC BY-SA 4.0"), as free-licence pictures
 * are credited.
 */
function creditLine(text: string, bracketed: string): CaptionParts | null {
  if (bracketed !== text && CREDIT_NAME.test(bracketed))
    return { caption: null, credit: bracketed, licence: null, via: null };
  const comma = text.lastIndexOf(',');
  if (comma < 0 || !LICENCE.test(text.slice(comma + 1).trim())) return null;
  const credit = text.slice(0, comma).trim();
  if (!credit.split(/\s*\/\s*/).every((part) => CREDIT_NAME.test(part))) return null;
  return { caption: null, credit, licence: text.slice(comma + 1).trim(), via: null };
}
