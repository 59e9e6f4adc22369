// Build step after `vite build`: render the library and every article to static HTML so the
// first paint needs no JavaScript (fast LCP, readable without JS); the browser then hydrates.
// The untouched shell is kept as app-shell.html for routes that are not prerendered.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, process.env.DIST_DIR ?? 'dist');
const { prerender } = await import(pathToFileURL(path.join(root, '.tmp/ssr/entry-server.js')).href);

// The module script goes last in <body>: it never blocks the first paint, and no page-load
// model (Lighthouse's included) can mistake it for a render-blocking resource.
const builtShell = await readFile(path.join(dist, 'index.html'), 'utf8');
const entryScript = /\s*<script type="module"[^>]*><\/script>/.exec(builtShell)?.[0] ?? '';
const shell = builtShell
  .replace(entryScript, '')
  .replace('</body>', `  ${entryScript.trim()}\n  </body>`);
await writeFile(path.join(dist, 'app-shell.html'), shell);
const index = JSON.parse(await readFile(path.join(dist, 'data/index.json'), 'utf8'));
const articles = await Promise.all(
  index.articles.map(async (a) =>
    JSON.parse(await readFile(path.join(dist, `data/${a.slug}.json`), 'utf8')),
  ),
);

async function write(url, file) {
  const page = await prerender(url, index, articles);
  if (!page) throw new Error(`prerender: ${url} did not render as a page`);
  // React renders <title> where the component puts it; the document's head is where it belongs.
  const body = page.html.replace(/<title>[^<]*<\/title>/, '');
  const html = shell
    .replace(/<title>[^<]*<\/title>/, `<title>${page.title}</title>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root">${body}</div><script type="application/json" id="lede-state">${page.state}</script>`,
    );
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, html);
}

await write('/', path.join(dist, 'index.html'));
for (const article of index.articles)
  await write(`/articles/${article.slug}`, path.join(dist, 'articles', article.slug, 'index.html'));
console.log(`prerender: ${index.articles.length + 1} pages`);
