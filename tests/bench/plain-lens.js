// The lens by plain DOM, the baseline of the lens benchmark (served next to plain-lens.html).
// On a click on a mention it sets the same attributes on the same nodes as the app does:
// data-lens on the layout and on every paragraph, data-active and aria-pressed on mentions.
// Lookups are built once at load, as any hand-written page would. A nested mention lights up
// for its own entity only (the markup names no outer entity id); the benchmark clicks on a
// person, which is never an outer name, so the two pages do the same work.
(() => {
  const layout = document.querySelector('.reader-layout');
  const body = document.querySelector('.reader-body');
  const paragraphs = Array.from(body.children);
  const mentionsOf = new Map();
  const paragraphsOf = new Map();
  for (const mention of body.querySelectorAll('.mention')) {
    const id = mention.dataset.entity;
    if (!mentionsOf.has(id)) mentionsOf.set(id, []);
    if (!paragraphsOf.has(id)) paragraphsOf.set(id, new Set());
    mentionsOf.get(id).push(mention);
    paragraphsOf.get(id).add(mention.closest('.reader-body > *'));
  }

  let lens = null;
  const setMentions = (id, on) => {
    for (const mention of mentionsOf.get(id) ?? []) {
      if (on) mention.setAttribute('data-active', 'true');
      else mention.removeAttribute('data-active');
      mention.setAttribute('aria-pressed', String(on));
    }
  };

  body.addEventListener('click', (event) => {
    const mention = event.target.closest('[data-entity]');
    if (!mention) return;
    const id = mention.dataset.entity;
    if (lens !== null) setMentions(lens, false);
    lens = lens === id ? null : id;
    layout.dataset.lens = lens === null ? 'off' : 'on';
    const inLens = lens === null ? null : paragraphsOf.get(lens);
    for (const p of paragraphs) {
      p.dataset.lens = inLens === null ? 'none' : inLens.has(p) ? 'in' : 'out';
    }
    if (lens !== null) setMentions(lens, true);
  });
})();
