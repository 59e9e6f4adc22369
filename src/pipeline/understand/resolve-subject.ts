import type { Quote } from '../../shared/article-schema.ts';
import { answersQuestion } from './answers-question.ts';
import { BUSINESS_NOUNS, businessInFocus } from './business-in-focus.ts';
import { isQuoted, type Discourse } from './discourse.ts';
import type { MentionRef } from './entity-index.ts';
import { isCompoundRole } from './compound-role.ts';
import { epithetSpeaker } from './epithet-speaker.ts';
import { groupSpeaker } from './group-speaker.ts';
import { itSpeaker } from './it-speaker.ts';
import { LEGAL_FILINGS, legalClaimant } from './legal-claimant.ts';
import { isPersonRole, PERSON_ROLES } from './person-roles.ts';
import { roleKey } from './role-words.ts';
import { memberBody } from './member-body.ts';
import { mentionsWithin } from './mention-lookup.ts';
import { resolvePronoun } from './resolve-pronoun.ts';
import { sharedSubjectPronoun } from './shared-subject.ts';
import { statementIssuer } from './statement-issuer.ts';

export type Speaker = { id: string | null; attribution: Quote['attribution'] };

// Letters outside ASCII count as word characters: "Hoài" does not end in the pronoun "I". An
// adverb may stand between the pronoun and the verb: "which she now calls", "he later said".
const PRONOUN =
  /(?<![\p{L}\p{M}])(he|she|they|i|we)(?:\s+(?:now|also|then|later|still|once|often|always|never|even|only|simply|herself|himself|themselves|\p{Ll}{3,}ly))?\s*$/iu;
/** Clauses inside a subject that name someone other than the speaker ("X, of the group Y,"). */
const ASIDE =
  /,\s+(?:who|which|whose|where|when|of|from|at|in|with|for|on|after|before|sent|written|led|known|born|made|held|given|seen|\p{Ll}+ed|\p{Ll}+ing|\d+)\b[^,]*(?=,|$)/gu;
const NOUN_PHRASE =
  /^(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[\p{Ll}][\p{L}'’-]*\s*)+)/u;
/** A document that speaks for its author, named right after it: "The report by Green Tide". */
const DOCUMENT_BY =
  /\b(?:statement|report|letter|study|document|filing|memo|release|submission|review|audit|survey|analysis|assessment|inquiry|paper)\s+(?:(?:issued|published|released|written|sent)\s+)?(?:by|from)\s+(?:the\s+)?$/i;
const SPOKES =
  /^(?:spokesperson|spokesman|spokeswoman|representative|statement|source|official|officials)$/;

/**
 * Who is the subject of a speech verb, given the words between the clause start and the verb:
 * a trailing pronoun ("… what he called") goes to pronoun resolution; a name ("Ana Ruiz", "the
 * lawyer, Ana Ruiz,", "analyst Ana Ruiz") wins, a person before an organisation; a description
 * ("a spokesperson for X", "the council") maps to an organisation; "the letter" is nobody.
 */
export function resolveSubject(
  d: Discourse,
  paragraph: number,
  start: number,
  end: number,
  lastSpeaker: string | null,
): Speaker {
  const text = d.texts[paragraph]!;
  const region = text.slice(start, end);
  const antecedent = whoAntecedent(d, paragraph, start, region);
  if (antecedent) return { id: antecedent, attribution: 'name' };
  // "It also alleges that …": the document just quoted, or the organisation just named.
  const it = /^\s*it\s+(?:also\s+|further\s+|then\s+|later\s+)?$/i.exec(region);
  if (it) {
    const id = itSpeaker(d, paragraph, start + it.index);
    return { id, attribution: id ? 'pronoun' : 'none' };
  }
  const pronoun = PRONOUN.exec(region);
  if (pronoun) {
    const word = pronoun[1]!.toLowerCase();
    if (word === 'they') {
      // "Officials at the agency said … “…,” they said.": the organisation they speak for.
      const id = groupSpeaker(d, paragraph, start + pronoun.index);
      return { id, attribution: id ? 'pronoun' : 'none' };
    }
    if (word === 'we' || word === 'i') return { id: null, attribution: 'none' };
    const gender = word === 'she' ? 'f' : 'm';
    const id =
      answersQuestion(d, paragraph, start + pronoun.index, gender) ??
      resolvePronoun(d, paragraph, start + pronoun.index, gender, lastSpeaker);
    return { id, attribution: id ? 'pronoun' : 'none' };
  }
  // "She met the board and told staff that …": the opening pronoun governs both verbs.
  const shared = sharedSubjectPronoun(region);
  if (shared) {
    const gender = shared.word === 'she' ? 'f' : 'm';
    const id = resolvePronoun(d, paragraph, start + shared.at, gender, lastSpeaker);
    return { id, attribution: id ? 'pronoun' : 'none' };
  }
  // Blank out asides so their names cannot be taken for the subject; offsets stay aligned.
  const cleaned = region.replace(ASIDE, (m) => ' '.repeat(m.length));
  const mentions = mentionsWithin(d.mentions[paragraph]!, start, end).filter(
    (m) =>
      !isQuoted(d, paragraph, m.start) &&
      cleaned.slice(m.start - start, m.end - start).trim() !== '',
  );
  // "said Okoro's campaign manager, Denise Okoro": the possessor is not the speaker.
  const possessive = (m: MentionRef) => /^['’]/.test(text.slice(m.end, m.end + 1));
  const person =
    mentions.find((m) => m.type === 'person' && !possessive(m)) ??
    mentions.find((m) => m.type === 'person');
  const phrase = NOUN_PHRASE.exec(cleaned.replace(/^[\s,;:—–-]+/, ''));
  if (phrase) {
    const nouns = phrase[1]!.trim().toLowerCase().split(/\s+/);
    const role = nouns.some((n) => {
      const bare = n.replace(/['’]s$/, '');
      return PERSON_ROLES.has(bare) || SPOKES.test(n) || isCompoundRole(bare);
    });
    // "The report by Green Tide concluded", "a statement from the ministry": its author.
    const author = mentions.find(
      (m) =>
        m.type !== 'place' && DOCUMENT_BY.test(text.slice(Math.max(start, m.start - 60), m.start)),
    );
    if (author) return { id: author.entityId, attribution: 'description' };
    // "…,” the statement said.": whoever the story last said issued one.
    // "…,” the notice said.": a notice or release speaks for its issuer in the same way.
    const issued = /^the\s+(statement|notice|release)$/i.exec(phrase[0].trim());
    if (issued) {
      const id = statementIssuer(d, paragraph, start, issued[1]!.toLowerCase());
      return { id, attribution: id ? 'description' : 'none' };
    }
    // "…,” the claim says.": a lawsuit speaks for whoever brought it.
    const filing = /^the\s+(\p{Ll}+)$/iu.exec(phrase[0].trim());
    if (filing && LEGAL_FILINGS.has(filing[1]!.toLowerCase())) {
      const id = legalClaimant(d);
      return { id, attribution: id ? 'description' : 'none' };
    }
    if (!role) {
      // "the council said": the one organisation whose name ends in that noun.
      const head = nouns[nouns.length - 1]!;
      const id =
        byHead(d, head) ??
        describedPerson(d, paragraph, start, phrase[0], nouns) ??
        describedBusiness(d, paragraph, start, phrase[0], head) ??
        memberBody(d, paragraph, start, phrase[0], head);
      return { id, attribution: id ? 'description' : 'none' };
    }
    // "a spokesperson for Poland's ministry": the possessed body speaks, not its possessor.
    const body = (m: MentionRef) => m.type === 'organization' || m.type === 'place';
    const org = mentions.find((m) => body(m) && !possessive(m)) ?? mentions.find(body);
    // "the spokesperson added": the organisation the story last gave a spokesperson.
    if (!person && !org && /^the\s/i.test(phrase[0]) && nouns.some((n) => SPOKES_ROLE.test(n))) {
      const id = spokespersonOf(d, paragraph, start);
      if (id) return { id, attribution: 'description' };
    }
    // "The judge praised Ana's courage, saying …": a possessor is not the described speaker.
    const own = mentions.find((m) => m.type === 'person' && !possessive(m));
    // "a spokesperson for the council": the organisation named by the phrase's last noun;
    // "a ministry spokesman": by the noun before the role.
    const id =
      own?.entityId ??
      org?.entityId ??
      byHead(d, nouns[nouns.length - 1]!) ??
      nouns.map((n) => byHead(d, n)).find((x) => x !== null) ??
      describedPerson(d, paragraph, start, phrase[0], nouns);
    return { id, attribution: id ? 'description' : 'none' };
  }
  if (person) return { id: person.entityId, attribution: 'name' };
  const own = mentions.find(
    (m) => !/^['’]/.test(text.slice(m.end, m.end + 1)) && m.type !== 'place',
  );
  const named = own ?? mentions[0];
  if (named) return { id: named.entityId, attribution: 'name' };
  // "…; skipper says she will not be …": headline style drops the article, so a bare role noun
  // is a definite description: the person the story gives that role, when only one fits.
  const bare = /^[\s,;:—–-]*(\p{Ll}+)\s*$/u.exec(cleaned);
  if (bare && isPersonRole(roleKey(bare[1]!))) {
    const id = describedPerson(d, paragraph, start, `the ${bare[1]!}`, [bare[1]!]);
    if (id) return { id, attribution: 'description' };
  }
  // "…,” the French centre said.": a second reference to the paragraph's one person.
  const epithet = epithetSpeaker(d, paragraph, start, region);
  if (epithet) return { id: epithet, attribution: 'description' };
  const tail = /\b(?:the|a|an)\s+(\p{Ll}+)\s*$/u.exec(cleaned);
  const id = tail ? byHead(d, tail[1]!) : null;
  return { id, attribution: id ? 'description' : 'none' };
}

/** "…, who claims", "…, 44, who has long argued": a relative clause ends right at the verb. */
const WHO_BEFORE_VERB = /(,\s*\d{1,3})?,\s+who\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * "… sued by her former partner Ana Ruiz, who claims he …": the subject of a speech verb in a
 * relative clause is the name "who" attaches to, however many people the sentence named first.
 */
function whoAntecedent(
  d: Discourse,
  paragraph: number,
  start: number,
  region: string,
): string | null {
  const m = WHO_BEFORE_VERB.exec(region);
  if (!m) return null;
  const at = start + m.index;
  const before = mentionsWithin(d.mentions[paragraph]!, start, at);
  const last = before[before.length - 1];
  if (!last || d.texts[paragraph]!.slice(last.end, at).trim() !== '') return null;
  if (isQuoted(d, paragraph, last.start)) return null;
  return last.type === 'person' || last.type === 'organization' ? last.entityId : null;
}

const SPOKES_ROLE = /^(?:spokesperson|spokesman|spokeswoman|representative)$/;

/** The organisation with a spokesperson ("a spokesperson for X said") nearest before the offset. */
function spokespersonOf(d: Discourse, paragraph: number, offset: number): string | null {
  const speaks = (id: string) => {
    const f = d.facts.get(id);
    return !!f && f.type === 'organization' && f.roles.has('spokesperson');
  };
  for (let p = paragraph; p >= 0 && p >= paragraph - 2; p--) {
    const list = d.mentions[p] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i]!;
      if (p === paragraph && m.start >= offset) continue;
      if (speaks(m.entityId) && !isQuoted(d, p, m.start)) return m.entityId;
    }
  }
  return null;
}

/** "the company said": the business the narrative is about, when no name ends in that noun. */
function describedBusiness(
  d: Discourse,
  paragraph: number,
  start: number,
  phrase: string,
  head: string,
): string | null {
  if (!/^the\s/i.test(phrase) || !BUSINESS_NOUNS.has(head)) return null;
  return businessInFocus(d, paragraph, start);
}

function byHead(d: Discourse, head: string): string | null {
  return d.orgByHead.get(head) ?? null;
}

/**
 * "the judge said", "the manager added": a definite description of a person the text has given
 * that role ("Ms Justice Úna Whelan", "Boss Kerry Walsh"), the most salient such person in the
 * recent narrative. Indefinite ones ("a judge") introduce someone new and stay unresolved.
 */
function describedPerson(
  d: Discourse,
  paragraph: number,
  start: number,
  phrase: string,
  nouns: string[],
): string | null {
  if (!/^the\s/i.test(phrase)) return null;
  const wanted = nouns.map((n) => roleKey(n.replace(/['’]s$/, ''))).filter((n) => isPersonRole(n));
  if (wanted.length === 0) return null;
  const fits = (id: string) => {
    const roles = d.facts.get(id)?.roles;
    return !!roles && wanted.some((w) => roles.has(w));
  };
  return resolvePronoun(d, paragraph, start, null, null, fits);
}
