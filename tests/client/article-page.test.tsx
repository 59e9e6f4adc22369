// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';
import { indexOf, sampleArticle } from './sample-article.ts';

afterEach(() => vi.unstubAllGlobals());

const slug = sampleArticle.slug;
const files = { '/data/index.json': indexOf(sampleArticle), [`/data/${slug}.json`]: sampleArticle };

describe('article page', () => {
  it('shows the headline as the only h1, with source, section, byline, date and reading time', async () => {
    renderApp(`/articles/${slug}`, files);
    const article = await screen.findByRole('article', { name: sampleArticle.title });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(within(article).getByText('The Island Post · Local')).toBeInTheDocument();
    expect(within(article).getByText('By Dana Whitfield')).toBeInTheDocument();
    expect(within(article).getByText('14 March 2025')).toHaveAttribute('datetime', '2025-03-14');
    expect(within(article).getByText('1 min read')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${sampleArticle.title} · Lede`));
  });

  it('shows the caption with its credit, licence and source', async () => {
    renderApp(`/articles/${slug}`, files);
    const figure = await screen.findByRole('figure');
    expect(figure).toHaveTextContent('The morning ferry leaving the harbour.');
    expect(figure).toHaveTextContent('Credit: Ola Berg · via Wikimedia Commons · CC BY 4.0');
  });

  it('renders paragraphs in order with fragment ids, and article text as text, never as HTML', async () => {
    const { container } = renderApp(`/articles/${slug}`, files);
    await screen.findByRole('article');
    expect(screen.getByRole('heading', { level: 2, name: 'What changes' })).toHaveAttribute(
      'id',
      'p2',
    );
    expect(container.querySelector('#p1')).toHaveTextContent('approved a new ferry timetable');
    expect(container.querySelector('#p3')).toHaveTextContent(
      '<script>alert(1)</script> stays text.',
    );
    expect(container.querySelector('script')).toBeNull();
  });

  it('says "not found" for a slug the library does not list, without fetching it', async () => {
    const { fetchMock } = renderApp('/articles/no-such-story', files);
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'The article “no-such-story” does not exist here. It may have been renamed or removed.',
      ),
    ).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalledWith('/data/no-such-story.json', expect.anything());
  });

  it('says "not found" for an unknown path, and keeps the site navigation', async () => {
    renderApp('/nowhere/at/all', files);
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Site' })).toBeInTheDocument();
  });

  it('names the article when its data file is missing, and recovers on retry', async () => {
    const served: Record<string, unknown> = { '/data/index.json': indexOf(sampleArticle) };
    renderApp(`/articles/${slug}`, served);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `The article “${slug}” could not be loaded: its data file is missing from the server.`,
    );

    served[`/data/${slug}.json`] = sampleArticle;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: sampleArticle.title })).toBeInTheDocument();
  });

  it('names the article and the field when the data fails the schema', async () => {
    const broken = { ...sampleArticle, paragraphs: [{ id: 'p1', kind: 'text', text: '' }] };
    renderApp(`/articles/${slug}`, { ...files, [`/data/${slug}.json`]: broken });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `The article “${slug}” could not be shown because its data is invalid (paragraphs.0.text:`,
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
