import type { MentionRef } from './entity-index.ts';

/**
 * Mentions of one paragraph that lie inside [start, end). Binary search on the sorted list keeps
 * quote and date lookups logarithmic instead of scanning every entity.
 */
export function mentionsWithin(list: MentionRef[], start: number, end: number): MentionRef[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionRef[] = [];
  for (let i = lo; i < list.length && list[i]!.start < end; i++)
    if (list[i]!.end <= end) out.push(list[i]!);
  return out;
}

/** Entity ids in first-mention order, without repeats. */
export function uniqueIds(mentions: MentionRef[]): string[] {
  return [...new Set(mentions.map((m) => m.entityId))];
}
