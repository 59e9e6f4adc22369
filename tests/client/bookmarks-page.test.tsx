// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';
import { indexOf, olderArticle, sampleArticle } from './sample-article.ts';
import { aBookmark, freshStorage, seedStore, storedStore } from './store-fixtures.ts';

const files = { '/data/index.json': indexOf(sampleArticle, olderArticle) };
const older = (label: string, createdAt: string) =>
  aBookmark({ slug: olderArticle.slug, title: olderArticle.title, label, createdAt, search: '' });

const seeded = [
  aBookmark({ label: 'Lens: Dana Ruiz', createdAt: '2025-05-01T10:00:00.000Z' }),
  older('Paragraph 2', '2025-05-03T10:00:00.000Z'),
  aBookmark({
    kind: 'quote',
    label: 'Quote: “We listened”',
    search: '?quote=q1',
    hash: '#p4',
    paragraphId: 'p4',
    createdAt: '2025-05-02T10:00:00.000Z',
  }),
];

function file(name: string, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return new File([text], name, { type: 'application/json' });
}

async function openBookmarks() {
  const user = userEvent.setup();
  const app = renderApp('/bookmarks', files);
  await screen.findByRole('heading', { level: 1, name: 'Bookmarks' });
  return { user, ...app };
}

const groupLabels = () =>
  screen.queryAllByRole('list', { name: /^Bookmarks in / }).map((list) => ({
    article: list.getAttribute('aria-label'),
    labels: within(list)
      .getAllByRole('link')
      .map((l) => l.textContent),
  }));

beforeEach(freshStorage);
afterEach(() => vi.unstubAllGlobals());

describe('the bookmarks page', () => {
  it('is linked from the site navigation', async () => {
    const { user } = await openBookmarks();
    await user.click(screen.getByRole('link', { name: 'Library' }));
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Site' })).getByRole('link', {
        name: 'Bookmarks',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Bookmarks' })).toBeVisible();
  });

  it('groups bookmarks by article, newest first, each a link that restores its view', async () => {
    seedStore({ version: 2, bookmarks: seeded });
    await openBookmarks();
    await waitFor(() =>
      expect(groupLabels()).toEqual([
        { article: `Bookmarks in ${olderArticle.title}`, labels: ['Paragraph 2'] },
        {
          article: `Bookmarks in ${sampleArticle.title}`,
          labels: ['Quote: “We listened”', 'Lens: Dana Ruiz'],
        },
      ]),
    );
    expect(screen.getByRole('link', { name: 'Quote: “We listened”' })).toHaveAttribute(
      'href',
      `/articles/${sampleArticle.slug}?quote=q1#p4`,
    );
    const item = screen.getByRole('link', { name: 'Lens: Dana Ruiz' }).closest('li')!;
    expect(item).toHaveTextContent(/View · Saved 1 May 2025/);
    expect(within(item).getByText(/1 May 2025/)).toHaveAttribute(
      'datetime',
      '2025-05-01T10:00:00.000Z',
    );
  });

  it('opening a bookmark goes to exactly its URL', async () => {
    seedStore({ version: 2, bookmarks: seeded });
    const { user, router } = await openBookmarks();
    await user.click(await screen.findByRole('link', { name: 'Lens: Dana Ruiz' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/articles/${sampleArticle.slug}`),
    );
    expect(router.state.location.search).toBe('?entity=dana-ruiz');
    expect(router.state.location.state).toEqual({ paragraphId: 'p1' });
  });

  it('renames a bookmark (Enter saves, Escape cancels)', async () => {
    seedStore({ version: 2, bookmarks: seeded });
    const { user } = await openBookmarks();
    await user.click(await screen.findByRole('button', { name: 'Rename “Lens: Dana Ruiz”' }));
    const input = screen.getByRole('textbox', { name: 'New label for “Lens: Dana Ruiz”' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'Ruiz on the ferry{Enter}');
    expect(await screen.findByRole('link', { name: 'Ruiz on the ferry' })).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename “Ruiz on the ferry”' })).toHaveFocus(),
    );
    expect(storedStore().bookmarks.map((b) => b.label)).toContain('Ruiz on the ferry');

    await user.click(screen.getByRole('button', { name: 'Rename “Ruiz on the ferry”' }));
    await user.type(screen.getByRole('textbox'), 'something else{Escape}');
    expect(screen.getByRole('link', { name: 'Ruiz on the ferry' })).toBeVisible();
  });

  it('deletes with undo: the bookmark comes back as it was', async () => {
    seedStore({ version: 2, bookmarks: seeded });
    const { user } = await openBookmarks();
    await user.click(await screen.findByRole('button', { name: 'Delete “Paragraph 2”' }));
    expect(screen.queryByRole('link', { name: 'Paragraph 2' })).toBeNull();
    expect(screen.getByText(/Deleted “Paragraph 2”/)).toBeVisible();
    expect(storedStore().bookmarks).toHaveLength(2);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();

    await user.click(undo);
    expect(await screen.findByRole('link', { name: 'Paragraph 2' })).toHaveFocus();
    expect(screen.getByText(/Restored “Paragraph 2”/)).toBeVisible();
    expect(storedStore().bookmarks).toContainEqual(seeded[1]);
  });

  it('exports every bookmark as a JSON file', async () => {
    seedStore({ version: 2, bookmarks: seeded });
    let blob: Blob | undefined;
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => ((blob = b), 'blob:x'),
        revokeObjectURL: () => {},
      }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await openBookmarks();
    await user.click(await screen.findByRole('button', { name: 'Export bookmarks' }));
    expect(click).toHaveBeenCalledOnce();
    const exported = JSON.parse(await blob!.text());
    expect(exported).toMatchObject({ format: 'lede-bookmarks', version: 1 });
    expect(exported.bookmarks).toEqual(seeded);
    expect(
      screen.getByText(/Exported 3 bookmarks to lede-bookmarks-\d{4}-\d\d-\d\d\.json/),
    ).toBeVisible();
  });

  it('imports a file, merging duplicates', async () => {
    seedStore({ version: 2, bookmarks: [seeded[0]] });
    const { user } = await openBookmarks();
    const exportFile = {
      format: 'lede-bookmarks',
      version: 1,
      exportedAt: '2025-06-01T00:00:00.000Z',
      bookmarks: seeded,
    };
    await user.upload(screen.getByLabelText('Import bookmarks'), file('mine.json', exportFile));
    expect(
      await screen.findByText('Imported 2 bookmarks from “mine.json”. 1 was already here.'),
    ).toBeVisible();
    expect(storedStore().bookmarks).toHaveLength(3);
    await waitFor(() =>
      expect(screen.getAllByRole('link', { name: /Paragraph 2|Quote|Lens/ })).toHaveLength(3),
    );
  });

  it.each([
    ['not JSON', 'oops{', 'it is not valid JSON'],
    ['another JSON file', { articles: [] }, 'it is not a Lede bookmarks file'],
    [
      'a bad entry',
      {
        format: 'lede-bookmarks',
        version: 1,
        exportedAt: '2025-06-01T00:00:00.000Z',
        bookmarks: [{ ...seeded[0], slug: 'BAD' }],
      },
      'bookmarks.0.slug',
    ],
  ])(
    'refuses %s, leaving the bookmarks untouched and saying what was wrong',
    async (_, body, why) => {
      seedStore({ version: 2, bookmarks: seeded });
      const before = localStorage.getItem('lede.store');
      const { user } = await openBookmarks();
      await user.upload(screen.getByLabelText('Import bookmarks'), file('bad.json', body));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Nothing was imported from “bad.json”');
      expect(alert).toHaveTextContent(why);
      expect(localStorage.getItem('lede.store')).toBe(before);
    },
  );
});
