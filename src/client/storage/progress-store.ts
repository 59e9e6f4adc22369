import { updateStore } from './app-store.ts';
import type { Progress } from './store-schema.ts';
import { useStore } from './use-store.ts';

/** Reading positions kept, most recent first: enough for any library, bounded for the quota. */
const MAX_ARTICLES = 300;

export function useProgress(slug: string): Progress | undefined {
  return useStore((s) => s.data.progress[slug]);
}

export function useAllProgress(): Record<string, Progress> {
  return useStore((s) => s.data.progress);
}

export function saveProgress(slug: string, entry: Omit<Progress, 'updatedAt'>): void {
  updateStore((data) => {
    const old = data.progress[slug];
    if (old && old.paragraphId === entry.paragraphId && old.total === entry.total) return data;
    const progress = {
      ...data.progress,
      [slug]: { ...entry, updatedAt: new Date().toISOString() },
    };
    const slugs = Object.keys(progress);
    if (slugs.length > MAX_ARTICLES) {
      const oldest = slugs.toSorted((a, b) =>
        progress[a]!.updatedAt.localeCompare(progress[b]!.updatedAt),
      );
      for (const stale of oldest.slice(0, slugs.length - MAX_ARTICLES)) delete progress[stale];
    }
    return { ...data, progress };
  });
}
