import type { Unit } from '../01-clean.ts';
import { stripDecorations } from './furniture-rules.ts';

/** The box's e-mail field: "Enter email address", "Your email", "Type your e-mail here…". */
const EMAIL_FIELD =
  /^(?:(?:enter|type) )?(?:your |an )?(?:work |personal )?e-?mail(?: address)?(?: here)?\s*(?:\.{0,3}|…)$/i;
/**
 * Or the box ends with its button and no field shown: "[Subscribe for free]", "Sign me up". The
 * button alone, a word or three: a sentence that starts so is a prompt of its own.
 */
const SIGNUP_BUTTON =
  /^\[?\s*(?:subscribe|sign (?:me )?up|join|register)(?: (?:now|free|for free|here|today))?\s*\]?$/i;
/** A box's pitch is a line or two; anything longer is article text between two prompts. */
const MAX_PITCH_LINES = 2;
/** What the vocabulary calls a sign-up prompt ("Sign up for Arts & Culture"). */
const PROMPT_REASON = 'newsletter or promotion';

/**
 * "Sign up for Arts & Culture" / "The week's best reviews, every Friday." / "Enter email address":
 * a newsletter box. Its pitch reads like a sentence and names no newsletter word, so vocabulary
 * alone keeps it; between a sign-up prompt and an e-mail field (or its sign-up button) at most
 * two lines below it, the lines are the box. The e-mail field itself is furniture too.
 */
export function markNewsletterBoxes(units: Unit[]): void {
  units.forEach((prompt, i) => {
    if (prompt.furniture !== PROMPT_REASON) return;
    const end = Math.min(i + MAX_PITCH_LINES + 1, units.length - 1);
    for (let j = i + 1; j <= end; j++) {
      const closing = stripDecorations(units[j]!.text);
      if (!EMAIL_FIELD.test(closing) && !SIGNUP_BUTTON.test(closing) && !isFormRow(closing))
        continue;
      for (let k = i + 1; k <= j; k++) units[k]!.furniture ??= 'newsletter box';
      return;
    }
  });
}

const MAX_FORM_ROW_WORDS = 10;
/** An empty input box as pasted: "[               ]", "[ ]". */
const EMPTY_FIELD = /\[\s*\]/g;

/**
 * "Email address [          ]  SIGN UP": the field's label, its empty box and the button pasted
 * on one line. Without the empty boxes it reads as a field's label followed by a button.
 */
function isFormRow(line: string): boolean {
  const bare = line.replace(EMPTY_FIELD, ' ').replace(/\s+/g, ' ').trim();
  if (bare === line.trim()) return false;
  const words = bare.split(' ');
  if (words.length > MAX_FORM_ROW_WORDS) return false;
  // Which words are the label and which the button: try each split (a row is a few words).
  for (let k = 1; k < words.length; k++) {
    const label = words.slice(0, k).join(' ');
    if (EMAIL_FIELD.test(label) && SIGNUP_BUTTON.test(words.slice(k).join(' '))) return true;
  }
  return false;
}
