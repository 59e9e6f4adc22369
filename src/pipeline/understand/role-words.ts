import type { NameChunk } from './find-name-chunks.ts';
import { isPersonRole } from './person-roles.ts';
import { TITLES } from './titles.ts';

/** Titles and role nouns that a later description may use for the same person. */
const SYNONYMS: Record<string, string> = {
  justice: 'judge',
  magistrate: 'judge',
  boss: 'manager',
  coach: 'manager',
  skipper: 'captain',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  // Abbreviated titles ("Gov. Ruben Ortega" … "the governor said").
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  prof: 'professor',
  dr: 'doctor',
  sgt: 'sergeant',
  capt: 'captain',
  col: 'colonel',
  gen: 'general',
  lt: 'lieutenant',
  cllr: 'councillor',
  coun: 'councillor',
  councilor: 'councillor',
  fr: 'father',
};

export const roleKey = (word: string) => SYNONYMS[word] ?? word;

/**
 * The role words the text attaches to a name: its titles ("Ms Justice"), a role right before it
 * ("keeper Lena Brandt", "the lead author, Efua Asante") and the head of an apposition after it
 * ("Jan Smit, a paediatrician at …"). "The judge said" can then find the person it describes.
 */
export function roleWordsOf(text: string, chunk: NameChunk): string[] {
  const roles = chunk.titles.map(roleKey);
  // Up to three lower-case words right before the name (a comma allowed before it).
  let from = chunk.start;
  while (from > 0 && chunk.start - from < 40 && /[\p{Ll}\s,-]/u.test(text[from - 1]!)) from--;
  for (const w of text
    .slice(from, chunk.start)
    .split(/[\s,]+/)
    .slice(-4))
    if (w && (isPersonRole(w) || TITLES.has(w))) roles.push(roleKey(w));
  // "the Minister for Culture, Aoife Kenneally": a title with its portfolio before the name.
  const office = /\b(\p{Lu}\p{Ll}+)\s+(?:of|for)\s+(?:the\s+)?[\p{Lu}][\p{L}\s]{0,40},\s*$/u.exec(
    text.slice(Math.max(0, chunk.start - 60), chunk.start),
  );
  if (office && TITLES.has(office[1]!.toLowerCase())) roles.push(roleKey(office[1]!.toLowerCase()));
  const after = /^,\s+(?:the|a|an|its|his|her|their)\s+([^,.;:"“”]{1,60})/u.exec(
    text.slice(chunk.end, chunk.end + 80),
  );
  const head = after?.[1]?.split(/\s+(?:at|of|for|with|from|in|on|to|who|which|that)\s+/)[0];
  for (const w of head?.toLowerCase().split(/\s+/) ?? [])
    if (isPersonRole(w)) roles.push(roleKey(w));
  return roles;
}
