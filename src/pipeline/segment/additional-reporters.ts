import { parseByline } from './parse-byline.ts';

/** "…; additional reporting by Ana Ruiz", "…; with additional reporting from Tom Hale". */
const ADDITIONAL = /;\s*(?:with\s+)?additional reporting (?:by|from)\s+([^;]+)/i;

/**
 * A header byline that credits a second reporter after a semicolon: "Story by Ana Ruiz; additional
 * reporting by Tom Hale". Both are the story's people, so the byline names both ("Ana Ruiz and
 * Tom Hale"). Only for a byline the header gives: a wire story's foot credit ("Reporting by …;
 * Additional reporting by …; Editing by …") names its byline's reporters alone.
 */
export function withAdditionalReporters(byline: string, line: string): string {
  const match = ADDITIONAL.exec(line);
  const extra = match ? parseByline(`By ${match[1]!.trim()}`, { requirePrefix: true }) : null;
  if (!extra) return byline;
  const people = [
    ...namesOf(byline),
    ...namesOf(extra).filter((n) => !namesOf(byline).includes(n)),
  ];
  return people.length === 1
    ? people[0]!
    : `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}`;
}

function namesOf(byline: string): string[] {
  return byline.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
}
