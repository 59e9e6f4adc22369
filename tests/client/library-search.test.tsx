// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';
import { indexOf, olderArticle, sampleArticle, undatedArticle } from './sample-article.ts';
import { freshStorage, seedStore } from './store-fixtures.ts';

const bylined = { ...olderArticle, byline: 'Marta Inés Soto' };
const files = { '/data/index.json': indexOf(undatedArticle, bylined, sampleArticle) };
const titles = () =>
  within(screen.getByRole('list', { name: 'Articles' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

async function openLibrary(path = '/') {
  const user = userEvent.setup();
  const app = renderApp(path, files);
  await screen.findByRole('list', { name: 'Articles' });
  return { user, ...app };
}

beforeEach(freshStorage);
afterEach(() => vi.unstubAllGlobals());

describe('library search and sort', () => {
  it('shows how many entities, quotes and dates each article has', async () => {
    await openLibrary();
    const first = within(screen.getByRole('list', { name: 'Articles' })).getAllByRole(
      'listitem',
    )[0]!;
    expect(first).toHaveTextContent('By Dana Whitfield · 4 entities · 3 quotes · 3 dates');
  });

  it('filters as you type, by title, byline, source or entity name, and keeps it in the URL', async () => {
    const { user, router } = await openLibrary();
    const search = screen.getByRole('searchbox', { name: 'Search the library' });

    await user.type(search, 'tides');
    expect(titles()).toEqual(['An older story about tides']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 articles match “tides”');
    expect(router.state.location.search).toBe('?q=tides');

    await user.clear(search);
    await user.type(search, 'ines soto'); // the byline, without its accent
    expect(titles()).toEqual(['An older story about tides']);

    await user.clear(search);
    await user.type(search, 'island post');
    expect(titles()).toEqual(['Harbour council approves new ferry timetable']);

    await user.clear(search);
    await user.type(search, 'skerry');
    const list = screen.getByRole('list', { name: 'Articles' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).getAllByText('Mentions Skerry Island')).toHaveLength(3);
  });

  it('says when nothing matches, and clears the search', async () => {
    const { user } = await openLibrary();
    await user.type(screen.getByRole('searchbox', { name: 'Search the library' }), 'zebra');
    expect(screen.getByRole('status')).toHaveTextContent('No articles match “zebra”.');
    expect(screen.queryByRole('list', { name: 'Articles' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(titles()).toHaveLength(3);
    expect(screen.getByRole('searchbox', { name: 'Search the library' })).toHaveValue('');
  });

  it('sorts by title, from the URL and from the control', async () => {
    const { user, router } = await openLibrary('/?sort=title&q=story');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('title');
    expect(screen.getByRole('searchbox', { name: 'Search the library' })).toHaveValue('story');
    expect(titles()).toEqual(['A story with no date', 'An older story about tides']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Newest first');
    expect(titles()).toEqual(['An older story about tides', 'A story with no date']);
    expect(router.state.location.search).toBe('?q=story');
  });

  it('shows how far the reader got in each article', async () => {
    seedStore({
      version: 2,
      progress: {
        [sampleArticle.slug]: {
          paragraphId: 'p3',
          position: 3,
          total: 5,
          updatedAt: '2025-05-01T10:00:00.000Z',
        },
      },
    });
    await openLibrary();
    const items = within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('listitem');
    await waitFor(() => expect(items[0]).toHaveTextContent('Read to paragraph 3 of 5'));
    expect(items[1]).not.toHaveTextContent('Read to');
  });
});
