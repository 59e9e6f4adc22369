/**
 * A credit that names no one: "By our Lagos correspondent", "By a staff reporter". It sits where
 * a byline sits (often right above the date line) and is shaped like a headline, so it must not
 * be taken for one. The evidence is the "By" opening and the role word that ends the line.
 */
const UNNAMED_BYLINE =
  /^by\s+(?:our|a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}(?:staff writer|writer|reporter|correspondent|editor|staff|team|desk)s?$/iu;

export function isUnnamedByline(text: string): boolean {
  return UNNAMED_BYLINE.test(text.trim());
}
