/**
 * Bylines come as "By Ana Ruiz and Tomás Ortega", "Words by Priya Nair", "By JANE DOE Associated
 * Press", "Jane Smith, Political correspondent" or "Alex Morgan Technology editor". We keep the
 * names only: roles, desks and agencies are not part of a byline's people.
 */
/**
 * Q&A pages credit the interviewer: "Interview by Ana Ruiz", "As told to Ana Ruiz". Central
 * European sites label the writer "Text: Ana Ruiz", Asian ones "Story: Ana Ruiz" (only with the
 * colon: "Text messages …", "Story time …" are prose).
 * A reporter who also took the pictures is credited for both: "Text and photos by Ana Ruiz".
 */
const BY_PREFIX =
  /^(?:by|(?:text|words|story) and (?:photos|photographs|pictures|images|photography) by|written by|words by|story by|reported by|reporting by|reviewed by|review by|text by|posted by|published by|interview by|interviews by|interviewed by|as told to|reporter|author|words)\s*[:\s]\s*(.+)$|^(?:text|story)\s*:\s*(.+)$/i;
const ROLE =
  /\b(?:staff writer|senior writer|writer|reporter|correspondent|editor|columnist|contributor|critic|journalist|analyst)s?\b/i;
/**
 * Outlets (newspaper nouns: "… Dispatch", "… Courier"), agencies and an institution's office that signs its news ("University Communications").
 * Agencies are often named in their own language: "Agence", "Agencia", "Agenzia", "Agentur".
 */
export const AFFILIATION =
  /\b(?:news|wire|press|agency|agence|agencia|agência|agenzia|agentur|associated|reuters|afp|bloomberg|times|post|journal|media|herald|gazette|tribune|dispatch|courier|chronicle|observer|examiner|inquirer|enquirer|sentinel|ledger|telegraph|bulletin|daily|weekly|magazine|staff|desk|team|bureau|service|communications|relations|office)\b/i;
const ROLE_ONLY =
  /^(?:\p{L}+\s+)?(?:writer|reporter|correspondent|editor|columnist|contributor|critic)s?$/iu;
/**
 * A line that is only an author's role, with up to three desk words before it: "Health
 * Correspondent", "Senior Editor", "Political correspondent". Broadcasters print it under the name.
 */
const ROLE_LINE =
  /^(?:\p{Lu}[\p{L}'’&.-]*\s+)(?:[\p{L}'’&.-]+\s+){0,2}(?:staff writer|senior writer|writer|reporter|correspondent|editor|columnist|contributor|critic|journalist|analyst)s?$/iu;

export function isRoleLine(text: string): boolean {
  return ROLE_LINE.test(text.trim());
}

/** Up to three lower-case desk words and a role, then a capitalised name. */
const LEADING_ROLE =
  /^(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|critic)\s+(?=\p{Lu})/u;

const NAME_WORD =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:van|von|der|den|de|del|della|da|di|du|la|le|bin|binti|binte|bint|ibn|al|el)|\p{Lu}\.)$/u;

export function parseByline(
  text: string,
  { requirePrefix }: { requirePrefix: boolean },
): string | null {
  const prefixed = BY_PREFIX.exec(text.trim());
  if (prefixed) return namesFrom(prefixed[1] ?? prefixed[2]!);
  if (requirePrefix) return null;
  // Unprefixed: only a name followed by a role ("Alex Morgan Technology editor").
  if (!ROLE.test(text) || text.split(/\s+/).length > 8 || /[.!?]$/.test(text)) return null;
  return namesFrom(text);
}

function namesFrom(rest: string): string | null {
  // "By state political reporter Ana Ruiz": the role before the name is not part of it.
  let text = rest
    .split(/\s+[|·•–—-]\s+|\s*[;(]/)[0]!
    .trim()
    .replace(LEADING_ROLE, '');
  // Words of capitals separated by white space. (Not "(?:word\s*)+": with the space optional, a
  // long run of capitals can be cut into words in exponentially many ways before the match fails.)
  const shouting = /^(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]+)*)(?:\s|$)/u.exec(
    text,
  );
  if (
    shouting &&
    shouting[1]!.trim().split(/\s+/).length >= 2 &&
    /\p{Ll}/u.test(text.slice(shouting[1]!.length))
  ) {
    text = titleCase(shouting[1]!.trim());
  } else if (shouting && shouting[1]!.trim() === text && text.split(/\s+/).length >= 2) {
    text = titleCase(text);
  }
  const people = text
    .split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/)
    // "Orla Nic Dhonnacha, Celtic Wire", "Gary Pettifer, Women's Football Reporter": after a
    // comma, a role or an outlet is an affiliation, not a second author.
    .filter((part, i) => i === 0 || !(ROLE.test(part) || AFFILIATION.test(part)))
    .map((part) => personName(part))
    .filter((name): name is string => name !== null);
  // A byline that is only a role ("Staff Writer") is still the byline the page gives.
  if (people.length === 0) return ROLE_ONLY.test(text.trim()) ? text.trim() : null;
  return people.length === 1
    ? people[0]!
    : `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}`;
}

/** Leading name words of a part; null for a part that is only a role ("Political correspondent"). */
function personName(part: string): string | null {
  const words = part.trim().split(/\s+/);
  const name: string[] = [];
  for (const w of words) {
    if (!NAME_WORD.test(w) || ROLE.test(w)) break;
    name.push(w);
  }
  // "Alex Morgan Technology editor": a capitalised desk word sits right before a lower-case role.
  const next = words[name.length];
  if (name.length >= 3 && next !== undefined && ROLE.test(next) && /^\p{Ll}/u.test(next))
    name.pop();
  return name.length >= 2 || (name.length === 1 && words.length === 1) ? name.join(' ') : null;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
