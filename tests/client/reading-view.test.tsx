// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';
import { indexOf, sampleArticle } from './sample-article.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const slug = sampleArticle.slug;
const files = { '/data/index.json': indexOf(sampleArticle), [`/data/${slug}.json`]: sampleArticle };
const open = async (query = '') => {
  const app = renderApp(`/articles/${slug}${query}`, files);
  await screen.findByRole('article');
  return app;
};
const paragraph = (id: string) => document.getElementById(id)!;
const lensOf = (id: string) => paragraph(id).getAttribute('data-lens');
const search = (router: { state: { location: { search: string } } }) =>
  router.state.location.search;

describe('entity highlighting and the entity panel', () => {
  it('makes every mention a button named after its entity, type and count', async () => {
    await open();
    const body = document.querySelector('.reader-body') as HTMLElement;
    expect(
      within(body).getAllByRole('button', { name: 'Dana Ruiz, person, 2 mentions' }),
    ).toHaveLength(2);
    expect(
      within(body).getAllByRole('button', { name: 'Harbour Council, organisation, 3 mentions' }),
    ).toHaveLength(3);
    expect(
      within(paragraph('p4')).getByRole('button', { name: /^Skerry Island, place/ }),
    ).toHaveTextContent('Skerry Island');
  });

  it('lists entities grouped by type, main actors first, with counts', async () => {
    await open();
    const panel = screen.getByRole('region', { name: 'Entities' });
    const people = within(panel).getByRole('list', { name: 'People' });
    expect(
      within(people)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Dana Ruiz, person, 2 mentions', 'Ola Berg, person, 1 mention']);
    expect(
      within(panel)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['People', 'Organisations', 'Places']);
  });
});

describe('the lens', () => {
  it('turns on from a mention in the text: URL, dimmed paragraphs, filtered quotes and timeline', async () => {
    const user = userEvent.setup();
    const { router } = await open();
    await user.click(within(paragraph('p4')).getByRole('button', { name: /^Dana Ruiz/ }));

    // Navigation is asynchronous: wait for the lens bar, then everything has rendered.
    await screen.findByRole('region', { name: 'Lens' });
    expect(search(router)).toBe('?entity=dana-ruiz');
    expect(['p1', 'p2', 'p3', 'p4', 'p5'].map(lensOf)).toEqual(['in', 'out', 'out', 'in', 'out']);
    const quotes = screen.getByRole('complementary', { name: 'Quotes' });
    expect(within(quotes).getAllByRole('listitem')).toHaveLength(1);
    expect(within(quotes).getByRole('listitem')).toHaveTextContent('Said by Dana Ruiz');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(1);
    expect(within(timeline).getByRole('listitem')).toHaveTextContent('11 March 2025');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Lens on Dana Ruiz: 2 of 5 paragraphs, 1 quote, 1 date.',
    );
  });

  it('labels quotes that mention the lens differently from quotes it said', async () => {
    await open('?entity=skerry-island');
    const quotes = screen.getByRole('complementary', { name: 'Quotes' });
    expect(within(quotes).getByRole('listitem')).toHaveTextContent('Mentions Skerry Island');
  });

  it('combines entities from the panel with "all of", and can switch to "any of"', async () => {
    const user = userEvent.setup();
    const { router } = await open();
    const panel = screen.getByRole('region', { name: 'Entities' });
    await user.click(within(panel).getByRole('button', { name: /^Dana Ruiz/ }));
    await user.click(within(panel).getByRole('button', { name: /^Harbour Council/ }));
    await waitFor(() => expect(search(router)).toBe('?entity=dana-ruiz&entity=harbour-council'));
    await screen.findByRole('radio', { name: 'any of them' });
    expect(within(panel).getByRole('button', { name: /^Dana Ruiz/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(['p1', 'p4', 'p5'].map(lensOf)).toEqual(['in', 'in', 'out']);
    expect(screen.getByRole('region', { name: 'Lens' })).toHaveTextContent(
      'Showing 2 of 5 paragraphs that mention all of',
    );

    await user.click(screen.getByRole('radio', { name: 'any of them' }));
    await waitFor(() => expect(['p1', 'p4', 'p5'].map(lensOf)).toEqual(['in', 'in', 'in']));
    expect(search(router)).toContain('match=any');
  });

  it('clears with Escape and with the visible button', async () => {
    const user = userEvent.setup();
    const { router } = await open('?entity=ola-berg');
    expect(lensOf('p1')).toBe('out');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(lensOf('p1')).toBe('none'));
    expect(search(router)).toBe('');

    await user.click(
      within(screen.getByRole('region', { name: 'Entities' })).getByRole('button', {
        name: /^Ola Berg/,
      }),
    );
    await user.click(await screen.findByRole('button', { name: /Clear lens/ }));
    await waitFor(() => expect(search(router)).toBe(''));
  });

  it('turns on the speaker lens from a quote card', async () => {
    const user = userEvent.setup();
    const { router } = await open();
    const quotes = screen.getByRole('complementary', { name: 'Quotes' });
    await user.click(within(quotes).getByRole('button', { name: /^Ola Berg/ }));
    await waitFor(() => expect(search(router)).toBe('?entity=ola-berg'));
  });

  it('ignores an unknown entity in the URL with a short notice, showing the clean text', async () => {
    await open('?entity=nobody-at-all&quote=q99');
    expect(screen.getByRole('note')).toHaveTextContent(
      'This article has no entity “nobody-at-all”. This article has no quote “q99”.',
    );
    expect(lensOf('p1')).toBe('none');
    expect(screen.queryByRole('region', { name: 'Lens' })).toBeNull();
  });

  it('moves between the lens mentions with ] and [, and the keys can be switched off', async () => {
    const user = userEvent.setup();
    await open('?entity=harbour-council');
    await user.keyboard(']');
    expect(document.activeElement).toHaveTextContent('harbour council');
    await user.keyboard(']');
    expect(document.activeElement).toHaveTextContent('Harbour Council');
    await user.keyboard('[['); // "[[" types one "[" in user-event's syntax
    expect(document.activeElement).toHaveTextContent('harbour council');

    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.click(within(dialog).getByRole('checkbox', { name: /Single-key shortcuts/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const before = document.activeElement;
    await user.keyboard(']');
    expect(document.activeElement).toBe(before);
  });
});

describe('quotes', () => {
  it('lists every quote with its speaker or "Unknown speaker", the cue and a link into the text', async () => {
    await open();
    const quotes = screen.getByRole('complementary', { name: 'Quotes' });
    const items = within(quotes).getAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('blockquote').textContent)).toEqual([
      '“We listened,”',
      '“a good start for the islands.”',
      '“Nobody asked us about the late boat.”',
    ]);
    expect(items[1]).toHaveTextContent('Ola Berg');
    expect(items[1]).toHaveTextContent('called it');
    expect(items[2]).toHaveTextContent('Unknown speaker');
    expect(within(items[0]!).getByRole('link', { name: 'In text: quote 1' })).toHaveAttribute(
      'href',
      `/articles/${slug}?quote=q1#p4`,
    );
  });

  it('marks the quoted sentence when its link is followed', async () => {
    const user = userEvent.setup();
    const { router } = await open();
    const quotes = screen.getByRole('complementary', { name: 'Quotes' });
    await user.click(within(quotes).getByRole('link', { name: 'In text: quote 2' }));
    await waitFor(() => expect(router.state.location.hash).toBe('#p4'));
    await waitFor(() =>
      expect(paragraph('p4').querySelector('mark')?.textContent).toBe(
        'a good start for the islands.',
      ),
    );
    expect(within(quotes).getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'true');
  });
});

describe('timeline', () => {
  it('orders dates chronologically, says precision plainly and puts year-less dates last', async () => {
    await open();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('.timeline-label')?.textContent)).toEqual([
      'March 2019',
      '11 March 2025',
      'May 2 · year not stated',
    ]);
    expect(items[0]).toHaveTextContent(
      'The last change came in March 2019, when the council cut the late boat.',
    );
    expect(within(items[2]!).getByRole('link', { name: /In text/ })).toHaveAttribute(
      'href',
      `/articles/${slug}?date=d3#p5`,
    );
  });
});
