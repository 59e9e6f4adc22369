import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ArticleSchema, type Article } from '../../src/shared/article-schema.ts';
import { indexEntryOf } from '../../src/shared/index-entry.ts';
import { ArticleIndexSchema } from '../../src/shared/index-schema.ts';
import { generateArticle } from './generate-article.ts';
import { PLAIN_LENS_SCRIPT, plainArticleHtml, plainLensHtml } from './plain-pages.ts';

/** What the browser half of the benchmark needs to know about the site it measures. */
export type BenchSite = {
  /** Absolute path of the served folder. */
  root: string;
  /** Relative to the repository, as scripts/serve.mjs wants DIST_DIR. */
  distDir: string;
  article: Article;
  /** The article's page as the build ships it: prerendered when the build prerenders pages. */
  appPath: string;
  /**
   * When the build prerenders, the same article under a second slug with no prerendered page,
   * so the app shell renders it in the browser (what following a link inside the app does).
   */
  clientRenderedPath: string | null;
  plainLensPath: string;
  plainArticlePath: string;
};

/**
 * Builds the app once, copies dist/ so the benchmark's extra files never land in the real build,
 * and adds the generated article (to data/ and the index) and the two plain pages to the copy.
 */
export async function prepareSite(
  repoRoot: string,
  options: { build: boolean },
): Promise<BenchSite> {
  if (options.build) runBuild(repoRoot);
  const distDir = path.join('.tmp', 'bench-dist');
  const root = path.join(repoRoot, distDir);
  await rm(root, { recursive: true, force: true });
  await cp(path.join(repoRoot, 'dist'), root, { recursive: true });

  const article = ArticleSchema.parse(generateArticle());
  await addArticle(root, article);
  // Pages prerendered at build time (an app-shell.html next to them says so) must include the
  // generated article, or the benchmark would measure a page users never get.
  let clientRenderedPath: string | null = null;
  if (existsSync(path.join(root, APP_SHELL))) {
    console.log('bench:ui: the build prerenders pages; prerendering the generated article too…');
    await prerender(repoRoot, distDir);
    const twin = ArticleSchema.parse({ ...article, slug: `${article.slug}-client-rendered` });
    await addArticle(root, twin);
    clientRenderedPath = `/articles/${twin.slug}`;
  }

  const stylesheets = stylesheetsOf(await readFile(path.join(root, 'index.html'), 'utf8'));
  if (stylesheets.length === 0) throw new Error('dist/index.html links no stylesheet');
  await writeFile(path.join(root, 'plain-lens.html'), plainLensHtml(article, stylesheets));
  await writeFile(path.join(root, 'plain-article.html'), plainArticleHtml(article, stylesheets));
  await copyFile(
    path.join(repoRoot, 'tests', 'bench', PLAIN_LENS_SCRIPT),
    path.join(root, PLAIN_LENS_SCRIPT),
  );

  return {
    root,
    distDir,
    article,
    appPath: `/articles/${article.slug}`,
    clientRenderedPath,
    plainLensPath: '/plain-lens.html',
    plainArticlePath: '/plain-article.html',
  };
}

const APP_SHELL = 'app-shell.html';

async function addArticle(root: string, article: Article) {
  await writeFile(path.join(root, 'data', `${article.slug}.json`), JSON.stringify(article));
  await addToIndex(path.join(root, 'data', 'index.json'), article);
}

/**
 * Runs the build's own prerender step on the copy. It takes index.html as the page template,
 * which the build has already replaced with the prerendered library: put the shell back first.
 */
async function prerender(repoRoot: string, distDir: string) {
  const root = path.join(repoRoot, distDir);
  await copyFile(path.join(root, APP_SHELL), path.join(root, 'index.html'));
  const result = spawnSync(process.execPath, ['scripts/prerender.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, DIST_DIR: distDir },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`scripts/prerender.mjs failed on the benchmark's copy:\n${result.stderr}`);
}

function runBuild(repoRoot: string) {
  console.log('bench:ui: building the app (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    throw new Error(`npm run build failed with exit code ${result.status}`);
  }
}

/** The generated article joins the index the build wrote; the result must still validate. */
async function addToIndex(indexFile: string, article: Article) {
  const index = ArticleIndexSchema.parse(JSON.parse(await readFile(indexFile, 'utf8')));
  const entry = indexEntryOf(article);
  const next = ArticleIndexSchema.parse({
    articles: [...index.articles.filter((a) => a.slug !== article.slug), entry],
  });
  await writeFile(indexFile, `${JSON.stringify(next, null, 2)}\n`);
}

/** The built CSS, as the app's own index.html links it (file names carry content hashes). */
function stylesheetsOf(indexHtml: string): string[] {
  const links = indexHtml.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [];
  return links.map((link) => /href="([^"]+)"/.exec(link)?.[1]).filter((href) => href !== undefined);
}
