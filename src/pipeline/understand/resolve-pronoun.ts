import { VERB_BEFORE } from './sentences-back.ts';
import { isQuoted, quotedRangeAt, sentenceAt, type Discourse } from './discourse.ts';
import { describedSubject } from './described-subject.ts';
import { mentionsWithin } from './mention-lookup.ts';

const ANYONE = () => true;
const EARLIER_PARAGRAPH = 0.5;
const LAST_SPEAKER = 0.2;
/** A finite verb between the sentence start and a name: the name is not the subject. */
/** A clause break right before a name: ", but Laird", "; Mr Hale". */
const COORDINATED_SUBJECT =
  /(?:,\s*(?:but|and|while|whereas)|;)\s+(?:(?:Mr|Mrs|Ms|Dr|Mx)\.?\s+)?$/u;
/** "'s neighbour, Grace": a possessed noun with its holder's name in apposition. */
const NAMED_POSSESSION = /^['’]s?\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+\p{Lu}/u;
/** A later clause's subject weighs a little more than the sentence's first subject. */
const LATER_SUBJECT = 2.2;
/** How much each earlier sentence counts: the current one, then one, two and three back. */
const RECENCY = [1, 0.8, 0.6, 0.45];
/** How many more narrative sentences back a pronoun may reach when nobody fits nearer, and their weight. */
const FURTHER = 8;
const FAR = 0.3;

/** A fronted phrase naming whom the speaker addressed ("Speaking to X,", "In an interview with X,"). */
const ADDRESSEE =
  /^\s*(?:(?:Speaking|Talking|Writing|Responding|Replying)\s+(?:to|with|in)|(?:In|During)\s+(?:an?\s+)?(?:interview|conversation|call|meeting)\s+with)\b[^,;:“”"]*,/u;

/**
 * A fronted participial phrase ("Addressing supporters outside X's office on Y Road,", "Standing
 * beside Z,"): the sentence's subject comes after its comma, so a name inside it is not what the
 * sentence is about. The participle must not itself start a name ("Browning, 40, said").
 */
const FRONTED_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+ing\s+[^,;:“”"]*,\s*(?=\S)/u;

/** A sentence whose subject is a person described, not named ("One student …", "A woman …"). */
const UNNAMED_SUBJECT =
  /^\s*(?:One|A|An|Another)\s+(?:[\p{Ll}-]+\s+){0,3}(?:student|woman|man|girl|boy|person|resident|worker|parent|mother|father|neighbour|neighbor|witness|passenger|driver|nurse|teacher|official|source|shopper|voter|fan|customer|patient|pupil|tenant)\b/u;

/** A sentence whose subject is an unnamed relative of someone just mentioned ("Her sister was …",
 * not "His sister, Ana Ruiz, …"). */
const KIN_SUBJECT =
  /^\s*(?:Her|His)\s+(?:twin\s+|younger\s+|older\s+|elder\s+|big\s+|little\s+)?(?:sister|brother|twin|daughter|son|mother|father|cousin)\b(?!\s*,?\s*\p{Lu})/u;

/**
 * The one other person who shares the previous speaker's surname (and the pronoun's gender): the
 * relative a "Her sister …" sentence is about. Null when there is not exactly one.
 */
function relativeOf(
  d: Discourse,
  of: string | null,
  gender: 'f' | 'm' | null,
  allow: (id: string) => boolean,
): string | null {
  const owner = of ? d.facts.get(of) : undefined;
  if (!of || !owner || owner.type !== 'person') return null;
  const surname = owner.head;
  const kin = [...d.facts].filter(
    ([id, f]) =>
      id !== of &&
      f.type === 'person' &&
      f.head === surname &&
      !(gender && f.gender && f.gender !== gender) &&
      allow(id),
  );
  return kin.length === 1 ? kin[0]![0] : null;
}

/** A name starts the sentence: its first word is no participle ("Manning, 40, said"). */
function startsName(d: Discourse, p: number, start: number): boolean {
  const at = start + Math.max(0, d.texts[p]!.slice(start).search(/\S/u));
  return (d.mentions[p] ?? []).some((m) => m.start === at);
}

/** Both ends of the sentence lie inside one quotation. "“…,” she said, adding that “…”." opens
 * and closes inside two: the narrative between them counts. */
function whollyQuoted(d: Discourse, p: number, span: { start: number; end: number }): boolean {
  const text = d.texts[p]!.slice(span.start, span.end);
  const first = text.search(/\p{L}/u);
  let last = text.length - 1;
  while (last > 0 && !/\p{L}/u.test(text[last]!)) last--;
  if (first < 0) return false;
  const range = quotedRangeAt(d, p, span.start + first);
  return !!range && range === quotedRangeAt(d, p, span.start + last);
}

/** The sentence holds a quotation, or part of one. */
function hasQuotation(
  d: Discourse,
  p: number,
  span: { start: number; end: number },
  own: unknown,
): boolean {
  return (d.quoted[p] ?? []).some((r) => r !== own && r.start < span.end && span.start < r.end);
}

/**
 * "she added" / "he told reporters": the antecedent is the person the narrative is about, not
 * merely the nearest name (centering: the subject of the latest utterance ranks first). Each
 * compatible person in the current and three previous sentences scores its best mention: by
 * recency, twice when it is its sentence's subject, half when it is in an earlier paragraph; the
 * previous quotation's speaker gets a small bonus. Names inside quotations do not count: the people
 * a speaker talks about are rarely the speaker. `allow` narrows the candidates ("the judge").
 */
export function resolvePronoun(
  d: Discourse,
  paragraph: number,
  offset: number,
  gender: 'f' | 'm' | null,
  lastSpeaker: string | null,
  allow: (id: string) => boolean = ANYONE,
): string | null {
  const scores = new Map<string, number>();
  // People the narrative made its subject after the latest quotation: when one of them is not the
  // previous speaker, the focus has moved on and that speaker gets no bonus.
  const freshSubjects = new Set<string>();
  let pastQuotation = false;
  // "“We failed. We will fix it,” she said.": the quotation this pronoun attributes is not a
  // previous one, however many sentences it spans.
  const own = (d.quoted[paragraph] ?? []).find(
    (r) =>
      r.end <= offset && /^[\s,.!?;:”"’'—–-]*$/u.test(d.texts[paragraph]!.slice(r.end, offset)),
  );
  let p = paragraph;
  let s = sentenceAt(d.sentences[p] ?? [], offset);
  // Sentences wholly inside a quotation are the speaker's words, not narrative: they do not use up
  // the reach. When nobody compatible is in reach, the search goes on further back at low weight.
  for (let k = 0, seen = 0; seen < RECENCY.length + FURTHER && p >= 0; k++) {
    const span = d.sentences[p]?.[s];
    const quotedSentence = k > 0 && !!span && whollyQuoted(d, p, span);
    if (span && !quotedSentence && seen >= RECENCY.length && scores.size > 0) break;
    // "One student, who asked not to be named, said she …": when nobody named comes nearer, the
    // pronoun's antecedent is that nameless person.
    if (span && !quotedSentence && scores.size === 0 && k > 0) {
      const sentence = d.texts[p]!.slice(span.start, span.end);
      // "Her sister was more modest. “…,” she said.": the relative of the previous speaker.
      if (KIN_SUBJECT.test(sentence)) return relativeOf(d, lastSpeaker, gender, allow);
      if (UNNAMED_SUBJECT.test(sentence)) break;
    }
    if (span && k > 0 && hasQuotation(d, p, span, own)) pastQuotation = true;
    if (span && !quotedSentence) {
      const recency = RECENCY[seen] ?? FAR;
      seen++;
      const end = k === 0 ? offset : span.end;
      let first = true;
      const text = d.texts[p]!;
      // "Speaking to Radio Sol on Friday, she said": whoever is spoken to is not the speaker.
      const addressed = k === 0 ? ADDRESSEE.exec(text.slice(span.start, end)) : null;
      const from = addressed ? span.start + addressed[0].length : span.start;
      const fronted = FRONTED_PARTICIPLE.exec(text.slice(span.start, end));
      const subjectFrom =
        fronted && !startsName(d, p, span.start) ? span.start + fronted[0].length : span.start;
      // "The minister said …. “…,” she said.": a sentence about someone by role, not by name, is
      // about the person the story gave that role, weighed as that sentence's subject.
      const role =
        allow === ANYONE && k > 0 ? describedSubject(text.slice(span.start, span.end)) : null;
      if (role) {
        const fits = (id: string) => d.facts.get(id)?.roles?.has(role) ?? false;
        const holder = resolvePronoun(d, p, span.start, gender, null, fits);
        if (holder) {
          first = false;
          if (!pastQuotation) freshSubjects.add(holder);
          const weight = recency * 2 * (p === paragraph ? 1 : EARLIER_PARAGRAPH);
          scores.set(holder, Math.max(scores.get(holder) ?? 0, weight));
        }
      }
      for (const m of mentionsWithin(d.mentions[p]!, from, end)) {
        if (isQuoted(d, p, m.start)) continue;
        const facts = d.facts.get(m.entityId);
        if (!facts || facts.type !== 'person') continue;
        // The subject: the first person named, with no verb of the narrative before it ("The
        // other was a nurse, Grace Adjei" puts her after the verb: not what the sentence is about).
        const lead = text.slice(span.start, m.start).replace(/[“"][^”"]*[”"]/g, '');
        if (m.start < subjectFrom) {
          // Inside the fronted phrase: a mention, never the subject.
          if ((gender && facts.gender && facts.gender !== gender) || !allow(m.entityId)) continue;
          const weight = recency * (p === paragraph ? 1 : EARLIER_PARAGRAPH);
          scores.set(m.entityId, Math.max(scores.get(m.entityId) ?? 0, weight));
          continue;
        }
        // "Mr Hale said he had left in 2023, but Laird noted that …": the subject of a later
        // coordinated clause is the latest utterance's subject, so it ranks above the first.
        const coordinated = !first && COORDINATED_SUBJECT.test(lead);
        // "Adeyemi's neighbour, Grace Okafor, said": a possessor whose noun is named right after
        // it is not the subject; the name is. ("Ruiz's office said" keeps Ruiz in focus.)
        const possessor = NAMED_POSSESSION.test(text.slice(m.end, Math.min(end, m.end + 80)));
        const subject = !possessor && ((first && !VERB_BEFORE.test(lead)) || coordinated);
        if (!possessor) first = false;
        if ((gender && facts.gender && facts.gender !== gender) || !allow(m.entityId)) continue;
        if (subject && !pastQuotation) freshSubjects.add(m.entityId);
        // A news paragraph is a unit: who it is about outweighs who the previous one was about.
        const weight =
          recency *
          (coordinated ? LATER_SUBJECT : subject ? 2 : 1) *
          (p === paragraph ? 1 : EARLIER_PARAGRAPH);
        scores.set(m.entityId, Math.max(scores.get(m.entityId) ?? 0, weight));
      }
    }
    if (!span) seen++;
    s--;
    while (s < 0 && p > 0) {
      p--;
      s = (d.sentences[p]?.length ?? 0) - 1;
    }
    if (s < 0) break;
  }
  const movedOn = [...freshSubjects].some((id) => id !== lastSpeaker);
  if (lastSpeaker && scores.has(lastSpeaker) && !movedOn)
    scores.set(lastSpeaker, scores.get(lastSpeaker)! + LAST_SPEAKER);
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, score] of scores) {
    const salience = d.facts.get(id)?.salience ?? 0;
    const total = score + salience * 0.01;
    if (total > bestScore) [best, bestScore] = [id, total];
  }
  if (best || scores.size > 0) return best;

  // A description ("the judge") may reach further back: the one such person in the article.
  const fitting = [...d.facts].filter(([id, f]) => f.type === 'person' && allow(id));
  return fitting.length === 1 && allow !== ANYONE ? fitting[0]![0] : null;
}
