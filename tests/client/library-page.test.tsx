// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';
import { indexOf, olderArticle, sampleArticle, undatedArticle } from './sample-article.ts';

afterEach(() => vi.unstubAllGlobals());

describe('library page', () => {
  it('lists every article as a link with its source, date and reading time, newest first', async () => {
    renderApp('/', { '/data/index.json': indexOf(undatedArticle, olderArticle, sampleArticle) });

    const list = await screen.findByRole('list', { name: 'Articles' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Harbour council approves new ferry timetable',
      'An older story about tides',
      'A story with no date',
    ]);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute(
      'href',
      '/articles/harbour-council-approves-ferry-timetable',
    );
    expect(items[0]).toHaveTextContent('The Island Post · 14 March 2025 · 1 min read');
    expect(items[2]).toHaveTextContent('Tide Weekly · 1 min read');
    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument();
  });

  it('says how to add articles when there are none', async () => {
    renderApp('/', { '/data/index.json': { articles: [] } });
    expect(await screen.findByText(/No articles yet/)).toBeInTheDocument();
  });

  it('shows a retryable error when the index cannot be loaded', async () => {
    renderApp('/', { '/data/index.json': () => new Response('oops', { status: 500 }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The article list could not be loaded: the server answered 500',
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
