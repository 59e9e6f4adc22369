// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as QuoteSidebarModule from '../../src/client/features/quotes/quote-sidebar.tsx';
import { renderApp } from './render-app.tsx';
import { indexOf, sampleArticle } from './sample-article.ts';

// The quote sidebar crashes (a bug in a panel) until the test says it is fixed.
let broken = true;
vi.mock('../../src/client/features/quotes/quote-sidebar.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof QuoteSidebarModule>();
  return {
    ...real,
    QuoteSidebar: (props: Parameters<typeof real.QuoteSidebar>[0]) => {
      if (broken) throw new Error('quote sidebar bug');
      return real.QuoteSidebar(props);
    },
  };
});

afterEach(() => vi.unstubAllGlobals());

describe('a crash in one panel', () => {
  it('shows that panel’s error, keeps the text and the other panels, and can retry', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // React reports the caught error through console.error; that is expected here.
    const originalError = console.error;
    console.error = () => {};
    try {
      const slug = sampleArticle.slug;
      renderApp(`/articles/${slug}`, {
        '/data/index.json': indexOf(sampleArticle),
        [`/data/${slug}.json`]: sampleArticle,
      });
      const alert = await screen.findByRole('alert', { name: 'Quotes (error)' });
      expect(alert).toHaveTextContent(
        'The quotes panel could not be shown. The article text is unaffected.',
      );
      expect(screen.getByRole('article', { name: sampleArticle.title })).toHaveTextContent(
        'approved a new ferry timetable',
      );
      expect(screen.getByRole('region', { name: 'Entities' })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();

      broken = false;
      await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('complementary', { name: 'Quotes' })).toBeInTheDocument();
    } finally {
      console.error = originalError;
    }
  });
});
