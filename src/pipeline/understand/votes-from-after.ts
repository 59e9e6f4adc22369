import { PLACE_HEADS } from './lexicon.ts';
import { isOrgHead } from './org-heads.ts';
import { isPersonRole, PERSON_ROLES } from './person-roles.ts';
import type { ChunkView, Votes } from './type-evidence.ts';
import { ORG_NOUNS, PLACE_NOUNS, SPEECH, SPORT_VERBS } from './type-cue-words.ts';
import { namesPlayer } from './votes-from-before.ts';

const OBJECT_OF_PREPOSITION =
  /\b(?:to|of|in|on|at|from|for|with|by|into|near|above|below|between|across|along)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\s+(?:and|or)\s+)?$/u;
/** "Styria and Tyrol have": a pair takes a plural verb, whatever each of them is. */
const SECOND_OF_PAIR = /\p{Lu}[\p{L}\p{M}'’-]*\s+(?:and|&)\s+$/u;

/** Votes from the words after the name: appositions, verbs, datelines, "its", "-based". */
export function votesFromAfter(view: ChunkView, v: Votes): void {
  const { text, chunk, words, head, last, after, before } = view;
  const prev = before[0];
  // "Shipyard Nocturne, painted in 1968": a work named with how and when it was made.
  if (
    /^,\s+(?:painted|written|composed|recorded|released|published|directed|filmed|sculpted|staged)\s+(?:in|by)\b/.test(
      text.slice(chunk.end, chunk.end + 40),
    )
  )
    v.other += 5;
  // "LYONS, Colo. —", "MALINDI —", "OTTAWA, Oct 23 -": a dateline in capitals opening a paragraph
  // names the place the story was filed from.
  if (
    chunk.start === 0 &&
    !/\p{Ll}/u.test(chunk.name) &&
    /^(?:,[^—–\n]{1,30})?\s+[—–-]\s/u.test(text.slice(chunk.end, chunk.end + 40))
  )
    v.place += 6;
  if (/^-(?:based|born|bred|headquartered)/.test(after)) v.place += 3;
  // "X said its teams …", "X has cut its forecast": the name is the subject of a verb with "its".
  if (
    /^\s+(?!(?:in|on|at|with|for|from|of|to|by|into|under|over)\s)(?:\p{Ll}+\s+){1,3}its\s/u.test(
      after,
    ) &&
    !/^\s+(?:and|or|but)\b/.test(after) &&
    !PLACE_HEADS.has(head) // "sending Carters Creek over its banks"
  )
    v.organization += 3;
  // An apposition describes the name only when it opens like a noun phrase ("X, the chief
  // executive", "X, a Paris company", "X, Brightwater’s economist", "X, once the country’s largest
  // daily"), not "X, of the group Y".
  const apposition =
    /^,\s+(?:(?:once|now|formerly|previously|long|still)\s+)?(?:(?:the|a|an|its|his|her|their)\s+|[\p{Lu}][\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*)*['’]s\s+)([^,.;:"“”]{1,80})/u.exec(
      after,
    );
  // "Deborah Kline, 47,", "Ardiansyah, born in Kudus in 2003,": only people have an age or a birth.
  if (/^,\s+\d{1,3}\s*,/.test(after) || /^,\s+(?:born|aged)\s/.test(after)) v.person += 3;
  else if (/^,\s+who\b/.test(after)) v.person += 2;
  else if (/^,\s+which\b/.test(after)) v.organization += 1;
  // "from Konkurransetilsynet, Norway's competition authority": a possessive apposition describes.
  else if (
    /^,\s+\p{Lu}/u.test(after) &&
    /^(?:in|near|of|from)$/.test(prev?.word ?? '') &&
    !/^,\s+[\p{Lu}][\p{L}.&-]*['’]s\s/u.test(after)
  )
    v.place += 1.5;
  // "In a workshop on the IJssel, a family firm is rebuilding …": a phrase with its own verb is
  // the sentence's subject after a fronted phrase, not an apposition.
  else if (apposition && !/\s(?:is|are|was|were|has|have|had|will)\s/.test(apposition[1]!)) {
    // Only the head phrase describes the name: "an epidemiologist at the University of X" is a
    // person, whatever follows the preposition; "the firm his grandfather founded" is a firm,
    // whoever the clause after it names.
    const head = apposition[1]!.split(
      /\s+(?:at|of|for|with|from|in|on|to|who|which|that|his|her|their|its|our|my|he|she|they|we|I)\s+/,
    )[0]!;
    const nouns = head
      .toLowerCase()
      .split(/[\s']+/)
      .slice(0, 8);
    if (nouns.some((n) => isPersonRole(n))) v.person += 3;
    else if (nouns.some((n) => ORG_NOUNS.has(n))) v.organization += 3;
    else if (nouns.some((n) => PLACE_NOUNS.has(n))) v.place += 3;
  }
  const nextWord = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  if (SPEECH.has(nextWord)) {
    if (/^\s+\p{L}+\s+in a statement/u.test(after)) v.organization += 0.5;
    else if (words.length > 1 && !isOrgHead(last)) v.person += 1;
    else v.organization += 0.5;
  }
  if (SPORT_VERBS.has(nextWord) && /\b\d{1,2}[-–]\d{1,2}\b/.test(after) && !namesPlayer(chunk.name))
    v.organization += 2;
  if (/^\s+shares\b/.test(after)) v.organization += 2;
  // "NAIROBI, July 3 (Reuters) -": the agency in a dateline.
  if (/^\)\s*[-—–]/.test(after) && /\(\s*$/.test(text.slice(0, chunk.start))) v.organization += 3;
  // "The Lamplight contacted X for comment": the publication itself.
  if (/^\s+(?:contacted|approached)\b[^.]{0,60}\bfor\s+(?:further\s+)?comment/.test(after))
    v.organization += 3;
  // "Benfica winger Rui Duarte", "Stonebridge Securities analyst": a name used to qualify a role.
  if (PERSON_ROLES.has(nextWord) && /^\s+\p{Ll}/u.test(after)) v.organization += 2;
  // British usage treats a club or company as plural: "Everton are closing in". After a
  // preposition the name is no subject ("Expeditions to Himlung were suspended", "homes above
  // the Tagus were", "trains between Ostkreuz and Erkner were").
  const lead = text.slice(Math.max(0, chunk.start - 60), chunk.start);
  const object = OBJECT_OF_PREPOSITION.test(lead) || SECOND_OF_PAIR.test(lead);
  if (words.length === 1 && !object && /^\s+(?:are|were|have)\b/.test(after)) v.organization += 1.5;
}
