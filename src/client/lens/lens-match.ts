import type { LensMatch } from './lens-state.ts';

/**
 * Whether something that involves `involved` entities belongs in a lens on `lens` entities:
 * "all" asks for every lens entity, "any" for at least one. No lens means everything belongs.
 */
export function matchesLens(
  involved: ReadonlySet<string>,
  lens: readonly string[],
  match: LensMatch,
): boolean {
  if (lens.length === 0) return true;
  return match === 'all'
    ? lens.every((id) => involved.has(id))
    : lens.some((id) => involved.has(id));
}
