import { aliasLink } from './alias-links.ts';
import type { Observed } from './cluster-types.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { isAppositiveName } from './is-appositive-name.ts';
import { pronounGenderAfter } from './pronoun-gender-after.ts';
import { roleWordsOf } from './role-words.ts';
import type { SentenceSpan } from './split-sentences.ts';
import type { Token } from './tokenize.ts';
import { typeEvidence } from './type-evidence.ts';

/**
 * Turns one text's name chunks into observations for clustering: each chunk's type evidence,
 * the pronoun that follows it, and its links to neighbouring chunks (short names, list members,
 * aliases). Appends to `out`, so indexes stay global across the texts.
 */
export function observeChunks(
  text: string,
  tokens: Token[],
  chunks: NameChunk[],
  sentences: SentenceSpan[],
  out: Observed[],
) {
  const firstIndex = out.length;
  let sentence = 0;
  let lastSentenceWithChunk = -1;
  chunks.forEach((chunk, i) => {
    while (sentence < sentences.length - 1 && sentences[sentence]!.end <= chunk.start) sentence++;
    const votes =
      chunk.tokenIndex >= 0
        ? typeEvidence(text, tokens, chunk)
        : { person: 0, organization: 0, place: 0, other: 6 };
    const prev = i > 0 ? chunks[i - 1]! : null;
    const gap = prev ? text.slice(prev.end, chunk.start) : '';
    let linkedTo: number | null = null;
    if (prev && /^\s*\(\s*$/.test(gap)) linkedTo = firstIndex + i - 1;
    else if (isAppositiveName(text, chunk, chunks[i + 1])) linkedTo = firstIndex + i + 1;
    else if (isAppositiveName(text, chunk, chunks[i + 2], chunks[i + 1]))
      linkedTo = firstIndex + i + 2;
    // "to Krakow, Wroclaw and Gdansk": list members share the first one's place evidence.
    const prevObserved = prev ? out[firstIndex + i - 1] : undefined;
    // A comma alone lists only when the list goes on ("Krakow, Wroclaw and Gdansk"), not after a
    // fronted phrase ("Asked about the South China Sea, Hoa chose …").
    const goesOn = /^(?:\s*,|,?\s+(?:and|or))\s/.test(text.slice(chunk.end, chunk.end + 6));
    const listed =
      !!prevObserved && (/^,?\s+(?:and|or)\s+$/.test(gap) || (/^\s*,\s+$/.test(gap) && goesOn));
    // ("… over Llyn Cau, and Lan's meter read 21": a possessive opens a clause, not a list item.)
    if (listed && !chunk.possessive && votes.place + votes.organization + votes.person === 0)
      votes.place += prevObserved.votes.place * 0.8;
    // "the El Perchel and Soho districts": a plural head after the list types every member.
    if (listed && chunk.lowerHead && /s$/.test(chunk.lowerHead) && votes.place >= 4)
      prevObserved.votes.place += 4;
    let pronounGender: 'f' | 'm' | null = null;
    if (sentence !== lastSentenceWithChunk) {
      // The next sentence, or, when a quotation opens there, the sentence its closing mark is in
      // (“…,” he said).
      let until = sentences[sentence + 1]?.end ?? text.length;
      const between = text.slice(chunk.end, until);
      if ((between.match(/[“]/g) ?? []).length > (between.match(/[”]/g) ?? []).length) {
        const close = text.indexOf('”', until);
        if (close >= 0) until = sentences.find((x) => x.end > close)?.end ?? text.length;
      }
      pronounGender = pronounGenderAfter(text, chunks, i, until);
    }
    // "Her husband was blunter. “…,” Field said.": a sentence about a relative, with no name of
    // its own, sets up the surname that opens the next one.
    const before = sentences[sentence - 1];
    if (pronounGender === null && before && (!prev || prev.start < before.start))
      pronounGender = relativeGender(text.slice(before.start, before.end));
    // "Ana Ruiz and her husband": the possessive after "and" is this name's.
    const own = /^\s+and\s+(her|his)\s/i.exec(text.slice(chunk.end, chunk.end + 12));
    if (own) pronounGender = own[1]!.toLowerCase() === 'her' ? 'f' : 'm';
    // "Lumora's chief executive, Marloes Bakker, …": a possessive is not the subject, so the next
    // name still gets the sentence's pronoun.
    if (!chunk.possessive) lastSentenceWithChunk = sentence;
    chunk.roles = roleWordsOf(text, chunk);
    const alias = aliasLink(text, chunks, i);
    out.push({
      chunk,
      votes,
      pronounGender,
      linkedTo,
      coordinatedWith: listed ? firstIndex + i - 1 : null,
      sameAs: alias.sameAs === null ? null : firstIndex + alias.sameAs,
      describedAs: alias.describedAs,
    });
  });
}

const RELATIVE =
  /^(?:Her|His|Their)\s+(?:(?:younger|older|elder|late)\s+)?(husband|son|brother|father|nephew|uncle|grandfather|boyfriend|grandson|wife|daughter|sister|mother|niece|aunt|grandmother|girlfriend|granddaughter)\b/;
const MALE_RELATIVES =
  /^(?:husband|son|brother|father|nephew|uncle|grandfather|boyfriend|grandson)$/;

/** The gender of the relative a sentence opens with ("Her husband …"), or null. */
function relativeGender(sentence: string): 'f' | 'm' | null {
  const m = RELATIVE.exec(sentence.trim());
  return m ? (MALE_RELATIVES.test(m[1]!) ? 'm' : 'f') : null;
}
