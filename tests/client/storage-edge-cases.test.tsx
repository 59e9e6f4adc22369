// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LEGACY_SETTINGS_KEY, STORE_KEY } from '../../src/client/storage/store-data.ts';
import { renderApp } from './render-app.tsx';
import { indexOf, sampleArticle } from './sample-article.ts';
import { aBookmark, backups, freshStorage, seedStore, storedStore } from './store-fixtures.ts';

const slug = sampleArticle.slug;
const files = { '/data/index.json': indexOf(sampleArticle), [`/data/${slug}.json`]: sampleArticle };
const bookmarkLinks = async () => {
  const list = await screen.findByRole('list', { name: `Bookmarks in ${sampleArticle.title}` });
  return within(list)
    .getAllByRole('link')
    .map((link) => link.textContent);
};
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(freshStorage);
afterEach(() => vi.unstubAllGlobals());

describe('a damaged store', () => {
  it('that is not JSON: the app works, says so, keeps a copy and starts afresh', async () => {
    seedStore('{"version": 2, "bookmarks": [{"slug"');
    renderApp('/bookmarks', files);
    expect(await screen.findByText(/could not be read \(the data is damaged\)/)).toBeVisible();
    expect(screen.getByText(/A copy of the original is kept/)).toBeVisible();
    expect(screen.getByText(/No bookmarks yet/)).toBeVisible();
    expect(backups()).toEqual(['{"version": 2, "bookmarks": [{"slug"']);
    expect(storedStore()).toMatchObject({ version: 2, bookmarks: [] });
  });

  it('with valid and invalid bookmarks: keeps every valid one and says how many were set aside', async () => {
    const raw = {
      version: 2,
      bookmarks: [
        aBookmark({ label: 'First' }),
        { ...aBookmark(), slug: '../../evil' },
        aBookmark({ label: 'Second', search: '', hash: '#p3', kind: 'paragraph' }),
        { label: 'no fields' },
      ],
    };
    seedStore(raw);
    renderApp('/bookmarks', files);
    expect(await bookmarkLinks()).toEqual(['First', 'Second']);
    expect(
      await screen.findByText(/2 bookmarks could not be read and were set aside/),
    ).toBeVisible();
    expect(backups()).toEqual([JSON.stringify(raw)]);
    expect(storedStore().bookmarks.map((b) => b.label)).toEqual(['First', 'Second']);
  });

  it('that cannot be backed up (storage full): is not overwritten, and the notice says why', async () => {
    seedStore('not json at all');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    renderApp('/bookmarks', files);
    expect(await screen.findByText(/no room to keep a copy of the original/)).toBeVisible();
    expect(localStorage.getItem(STORE_KEY)).toBe('not json at all');
  });
});

describe('an older store', () => {
  it('migrates the v1 settings (lede.settings) into v2, keeping the shortcuts switch', async () => {
    localStorage.setItem(LEGACY_SETTINGS_KEY, JSON.stringify({ version: 1, shortcuts: false }));
    const user = userEvent.setup();
    renderApp(`/articles/${slug}`, files);
    await screen.findByRole('article');
    await waitFor(() => expect(storedStore()).toMatchObject({ version: 2 }));
    expect(storedStore()).toMatchObject({ settings: { shortcuts: false, theme: 'system' } });
    expect(localStorage.getItem(LEGACY_SETTINGS_KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(
      within(dialog).getByRole('checkbox', { name: /Single-key shortcuts/ }),
    ).not.toBeChecked();
    expect(screen.queryByText(/damaged/)).toBeNull();
  });
});

describe('storage that refuses', () => {
  it('a full quota on write: the new bookmark lives for the visit, nothing stored is lost', async () => {
    seedStore({ version: 2, bookmarks: [aBookmark({ label: 'Kept' })] });
    const user = userEvent.setup();
    const { router } = renderApp(`/articles/${slug}`, files);
    const bookmark = await screen.findByRole('button', { name: 'Bookmark' });
    await waitFor(() => expect(bookmark).toHaveAttribute('aria-pressed', 'false'));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError();
    });
    await user.click(bookmark);
    // The label code loads on the first click, so the pressed state follows a moment later.
    await waitFor(() => expect(bookmark).toHaveAttribute('aria-pressed', 'true'));
    expect(await screen.findByText(/storage is full/)).toBeVisible();
    expect(storedStore().bookmarks.map((b) => b.label)).toEqual(['Kept']);

    await router.navigate('/bookmarks');
    expect(await bookmarkLinks()).toEqual(['Start of the article', 'Kept']);
  });

  it('no storage at all (the localStorage getter throws): the app works and says nothing will last', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const user = userEvent.setup();
    const { router } = renderApp(`/articles/${slug}`, files);
    expect(await screen.findByText(/not letting Lede save anything/)).toBeVisible();
    const bookmark = screen.getByRole('button', { name: 'Bookmark' });
    await user.click(bookmark);
    // The label code loads on the first click, so the pressed state follows a moment later.
    await waitFor(() => expect(bookmark).toHaveAttribute('aria-pressed', 'true'));
    await router.navigate('/bookmarks');
    expect(await bookmarkLinks()).toEqual(['Start of the article']);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/not letting Lede save anything/)).toBeNull();
  });
});

describe('two tabs', () => {
  it('a write in another tab (a storage event) shows here without a reload', async () => {
    seedStore({ version: 2, bookmarks: [aBookmark({ label: 'Mine' })] });
    renderApp('/bookmarks', files);
    expect(await bookmarkLinks()).toEqual(['Mine']);

    const other = aBookmark({ label: 'From the other tab', search: '', hash: '#p5' });
    const newer = { ...other, createdAt: '2025-06-01T10:00:00.000Z' };
    seedStore({ version: 2, bookmarks: [aBookmark({ label: 'Mine' }), newer] });
    window.dispatchEvent(new StorageEvent('storage', { key: STORE_KEY }));
    await waitFor(async () =>
      expect(await bookmarkLinks()).toEqual(['From the other tab', 'Mine']),
    );
  });
});
