// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';
import { indexOf, sampleArticle } from './sample-article.ts';
import { aBookmark, freshStorage, seedStore, storedStore } from './store-fixtures.ts';

const slug = sampleArticle.slug;
const files = { '/data/index.json': indexOf(sampleArticle), [`/data/${slug}.json`]: sampleArticle };
const at = '2025-05-01T10:00:00.000Z';

async function open(query = '') {
  const user = userEvent.setup();
  const app = renderApp(`/articles/${slug}${query}`, files);
  await screen.findByRole('article');
  return { user, ...app };
}

beforeEach(() => {
  freshStorage();
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => vi.unstubAllGlobals());

describe('bookmarking in the article', () => {
  it('"Bookmark" saves the view (lens in the URL) and shows it is saved; pressing again removes it', async () => {
    const { user } = await open('?entity=dana-ruiz');
    const button = screen.getByRole('button', { name: 'Bookmark' });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    // The label code loads on the first bookmark click: the result follows a moment later.
    expect(await screen.findByText('Bookmarked as “Lens: Dana Ruiz”.')).toBeVisible();
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: 'See all bookmarks' })).toHaveAttribute(
      'href',
      '/bookmarks',
    );
    expect(storedStore().bookmarks).toEqual([
      expect.objectContaining({
        kind: 'view',
        slug,
        search: '?entity=dana-ruiz',
        hash: '',
        label: 'Lens: Dana Ruiz',
        title: sampleArticle.title,
      }),
    ]);

    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-pressed', 'false'));
    expect(storedStore().bookmarks).toEqual([]);
  });

  it('names a view by its combined lens and selected quote', async () => {
    const { user } = await open('?entity=dana-ruiz&entity=ola-berg&match=any&quote=q2#p4');
    await user.click(screen.getByRole('button', { name: 'Bookmark' }));
    await waitFor(() => expect(storedStore().bookmarks).toHaveLength(1));
    expect(storedStore().bookmarks[0]).toMatchObject({
      label: 'Lens: Dana Ruiz or Ola Berg · Quote: “a good start for the islands.”',
      search: '?entity=dana-ruiz&entity=ola-berg&match=any&quote=q2',
      hash: '#p4',
    });
  });

  it('each quote card has a "Bookmark quote" toggle', async () => {
    const { user } = await open('?entity=ola-berg');
    const quotes = screen.getByRole('complementary', { name: 'Quotes' });
    const toggle = within(quotes).getByRole('button', { name: 'Bookmark quote' });
    expect(toggle).toHaveAccessibleDescription('“a good start for the islands.”');
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    // The quote on its own, whatever lens it was found under.
    expect(storedStore().bookmarks[0]).toMatchObject({
      kind: 'quote',
      search: '?quote=q2',
      hash: '#p4',
      label: 'Quote: “a good start for the islands.”',
    });
  });

  it('a paragraph can be bookmarked from the control beside it', async () => {
    const { user } = await open();
    await user.hover(document.getElementById('p3')!);
    const control = screen.getByRole('button', { name: 'Bookmark paragraph 3' });
    await user.click(control);
    expect(control).toHaveAttribute('aria-pressed', 'true');
    expect(storedStore().bookmarks[0]).toMatchObject({
      kind: 'paragraph',
      search: '',
      hash: '#p3',
      label: 'Paragraph 3',
    });
    // The paragraph's own text is untouched by the control.
    expect(document.getElementById('p3')).toHaveTextContent(/^Residents had asked/);
  });

  it('opening a bookmark whose URL has no #hash returns to the paragraph that was in view', async () => {
    seedStore({
      version: 2,
      bookmarks: [aBookmark({ search: '', paragraphId: 'p5', label: 'Here' })],
    });
    const user = userEvent.setup();
    renderApp('/bookmarks', files);
    await user.click(await screen.findByRole('link', { name: 'Here' }));
    await screen.findByRole('article');
    await waitFor(() => expect(document.getElementById('p5')).toHaveFocus());
  });
});

describe('resume where you left off', () => {
  const progress = { paragraphId: 'p4', position: 4, total: 5, updatedAt: at };

  it('offers "Resume at paragraph N", which goes there and gives it focus', async () => {
    seedStore({ version: 2, progress: { [slug]: progress } });
    const { user } = await open();
    const resume = await screen.findByRole('button', { name: 'Resume at paragraph 4' });
    expect(screen.getByRole('region', { name: 'Resume reading' })).toHaveTextContent(
      'You were reading paragraph 4 of 5.',
    );
    await user.click(resume);
    expect(document.getElementById('p4')).toHaveFocus();
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: 'Resume reading' })).toBeNull();
  });

  it('is not offered when the link says where to go, or at the first paragraph', async () => {
    seedStore({ version: 2, progress: { [slug]: progress } });
    await open('#p2');
    await waitFor(() => expect(screen.queryByText(/You were reading/)).toBeNull());
  });
});

describe('reading settings', () => {
  it('apply to the page at once, are saved, and the panel closes with Escape', async () => {
    const { user } = await open();
    const button = screen.getByRole('button', { name: 'Reading settings' });
    await user.click(button);
    const panel = screen.getByRole('dialog', { name: 'Reading settings' });
    // The form loads on first opening; focus goes to the chosen theme.
    expect(await within(panel).findByRole('radio', { name: 'System' })).toBeChecked();
    await waitFor(() => expect(within(panel).getByRole('radio', { name: 'System' })).toHaveFocus());
    await user.click(within(panel).getByRole('radio', { name: 'Sepia' }));
    const size = within(panel).getByRole('group', { name: 'Text size' });
    await user.click(within(size).getByRole('radio', { name: 'Large' }));
    await user.click(within(panel).getByRole('radio', { name: 'Sans-serif' }));

    const html = document.documentElement;
    await waitFor(() => expect(html).toHaveAttribute('data-theme', 'sepia'));
    expect(html).toHaveAttribute('data-text-size', 'large');
    expect(html).toHaveAttribute('data-font', 'sans');
    expect(storedStore()).toMatchObject({
      settings: { theme: 'sepia', textSize: 'large', font: 'sans', shortcuts: true },
    });

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Reading settings' })).toBeNull();
    expect(button).toHaveFocus();
  });
});
