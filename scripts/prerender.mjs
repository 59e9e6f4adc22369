// Build step after `vite build`: render the library and every article to static HTML so the
// first paint needs no JavaScript (fast LCP, readable without JS); the browser then hydrates.
// app-shell.html stays as it is, for routes that are not prerendered.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, process.env.DIST_DIR ?? 'dist');
const { prerender } = await import(pathToFileURL(path.join(root, '.tmp/ssr/entry-server.js')).href);

// The shell as the build made it (vite.config.ts: module script last, copy in app-shell.html).
const shell = await readFile(path.join(dist, 'app-shell.html'), 'utf8');
const index = JSON.parse(await readFile(path.join(dist, 'data/index.json'), 'utf8'));
const readArticle = async (slug) =>
  JSON.parse(await readFile(path.join(dist, `data/${slug}.json`), 'utf8'));

async function write(url, file, article) {
  const page = await prerender(url, index, article);
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

await write('/', path.join(dist, 'index.html'), null);
for (const { slug } of index.articles) {
  await write(
    `/articles/${slug}`,
    path.join(dist, 'articles', slug, 'index.html'),
    await readArticle(slug),
  );
}
console.log(`prerender: ${index.articles.length + 1} pages`);
