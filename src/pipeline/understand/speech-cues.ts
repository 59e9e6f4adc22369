/**
 * Speech verbs that introduce or follow a quotation. Generic English, the same list a CoreNLP-style
 * quote attributor starts from; the cue is reported as written so the reader can show it.
 */
const VERBS =
  `said says say told tells added adds recalled recalls explained explains wrote writes warned
warns noted notes insisted insists argued argues described describes called calls asked asks stated
states claimed claims replied replies continued continues acknowledged acknowledges admitted admits
declared declares announced announces remarked remarks observed observes conceded concedes countered
counters suggested suggests urged urges testified testifies posted tweeted emailed commented comments
responded responds cautioned cautions predicted predicts promised promises vowed vows confirmed
confirms joked jokes wondered wonders reiterated reiterates maintained maintains recounted recounts
boasted boasts complained complains stressed stresses emphasised emphasized emphasises emphasizes
agreed agrees insisted pleaded pleads shouted yelled whispered sighed laughed branded labelled labeled
dubbed termed summed put puts fumed fumes raged rages blasted blasts slammed slams hailed hails quipped
quips mused muses reflected reflects revealed reveals lamented laments protested protests grumbled
grumbles moaned moans snapped retorted retorts exclaimed cried demanded demands accused accuses
criticised criticises criticized criticizes alleges allege texted messaged recalled concluded concludes
saying calling describing adding warning insisting arguing noting branding labelling labeling
dubbing admitting accusing stressing explaining claiming teased teases yelling shouting`.split(
    /\s+/,
  );

export type Cue = { start: number; end: number; text: string };

const CUE = new RegExp(`\\b(?:according to|hit out|${VERBS.join('|')})\\b`, 'gi');

/** All cue verbs in text[from, to), with absolute offsets. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(CUE)) {
    // "put" and "summed" speak only with "it": "as she put it", "as he puts it", "summed it up".
    if (/^(?:puts?|summed)$/i.test(m[0]) && !/^\s+it\b/.test(slice.slice(m.index + m[0].length)))
      continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * The cue as the reader should see it: the verb, extended over a short gerund phrase that runs up
 * to the quotation ("recalled telling him, “…”"), otherwise the verb alone.
 */
export function cuePhrase(text: string, cue: Cue, quoteOpen: number | null): string {
  if (quoteOpen !== null && quoteOpen > cue.end) {
    const between = text.slice(cue.end, quoteOpen);
    const m =
      /^\s+(\p{Ll}+ing(?:\s+(?:him|her|them|me|us|it|reporters|\p{Lu}\p{L}+))?)\s*[,:]?\s*$/u.exec(
        between,
      );
    if (m) return `${cue.text} ${m[1]}`;
  }
  return cue.text;
}
