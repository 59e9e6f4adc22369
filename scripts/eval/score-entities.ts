import type { Entity } from '../../src/shared/article-schema.ts';
import type { ExpectedEntity } from './expected.ts';
import { matchKey, namesOf } from './match-key.ts';
import type { Tally } from './scores.ts';

/**
 * Entities match by canonical name first, then by any shared name or alias, always with the same
 * type. Misses and extras go to `log` for `--verbose`; a miss notes a same-named wrong-type entity.
 */
export function scoreEntities(gold: ExpectedEntity[], pred: Entity[], log: string[]): Tally {
  const used = new Set<Entity>();
  let tp = 0;
  for (const g of gold) {
    const names = namesOf(g);
    const candidates = pred.filter((p) => !used.has(p) && p.type === g.type);
    const hit =
      candidates.find((p) => matchKey(p.name) === matchKey(g.name)) ??
      candidates.find((p) => [...namesOf(p)].some((n) => names.has(n)));
    if (hit) {
      used.add(hit);
      tp++;
    } else {
      const wrongType = pred.find((p) => [...namesOf(p)].some((n) => names.has(n)));
      log.push(
        `  entity missed: ${g.name} (${g.type})${wrongType ? ` — got ${wrongType.name} as ${wrongType.type}` : ''}`,
      );
    }
  }
  for (const p of pred)
    if (!used.has(p)) log.push(`  entity extra: ${p.name} (${p.type}) [${p.aliases.join(', ')}]`);
  return { tp, pred: pred.length, gold: gold.length };
}
