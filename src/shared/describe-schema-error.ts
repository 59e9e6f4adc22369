import type { core } from 'zod/mini';

/** One readable line for a schema failure: "entities.2.mentions.0: span 4-2 is outside …". */
export function describeSchemaError(error: core.$ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid data';
  const path = first.path.length > 0 ? first.path.join('.') : '(root)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${path}: ${first.message}${more}`;
}
