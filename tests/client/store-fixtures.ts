import { resetStoreForTests } from '../../src/client/storage/app-store.ts';
import { STORE_KEY } from '../../src/client/storage/store-data.ts';
import type { Bookmark } from '../../src/client/storage/store-schema.ts';
import { sampleArticle } from './sample-article.ts';

/** A valid bookmark of the sample article; override what a test is about. */
export function aBookmark(overrides: Partial<Bookmark> = {}): Bookmark {
  return {
    kind: 'view',
    slug: sampleArticle.slug,
    search: '?entity=dana-ruiz',
    hash: '',
    paragraphId: 'p1',
    label: 'Lens: Dana Ruiz',
    title: sampleArticle.title,
    createdAt: '2025-05-01T10:00:00.000Z',
    ...overrides,
  };
}

/** Start from empty storage and a store that has read nothing, as a fresh page load would. */
export function freshStorage(): void {
  localStorage.clear();
  resetStoreForTests();
}

export function seedStore(value: unknown): void {
  localStorage.setItem(STORE_KEY, typeof value === 'string' ? value : JSON.stringify(value));
}

export function storedStore(): { version: number; bookmarks: Bookmark[]; [key: string]: unknown } {
  return JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');
}

export function backups(): string[] {
  return Object.keys(localStorage)
    .filter((key) => key.startsWith('lede.store.backup.'))
    .map((key) => localStorage.getItem(key)!);
}
