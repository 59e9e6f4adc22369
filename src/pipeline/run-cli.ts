import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../shared/article-schema.ts';
import { ArticleIndexSchema, type ArticleIndex } from '../shared/index-schema.ts';
import { articleFromInput } from './article-from-input.ts';
import { articleJson } from '../shared/article-json.ts';
import { MAX_INPUT_BYTES, tooLarge } from '../shared/input-limit.ts';
import { parseCliArgs, USAGE, UsageError } from './parse-cli-args.ts';
import { indexEntryOf } from '../shared/index-entry.ts';
import { uniqueSlugs } from './unique-slugs.ts';

export type Io = { stdout: (line: string) => void; stderr: (line: string) => void; cwd: string };

const INPUT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm']);

/**
 * The CLI: read inputs, run the pure pipeline on each, write one JSON per article and the index.
 * Exit 0 when every input became an article, 1 when any failed (after writing all the others),
 * 2 on a usage error. Output bytes depend only on the inputs and the options.
 */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`preprocess: ${error.message}`);
    io.stderr(USAGE);
    return 2;
  }
  if (args === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const files: string[] = [];
  for (const input of args.inputs) {
    const resolved = path.resolve(io.cwd, input);
    const info = await stat(resolved).catch(() => null);
    if (!info) {
      io.stderr(`preprocess: ${input}: no such file or directory`);
      io.stderr(USAGE);
      return 2;
    }
    if (info.isDirectory()) {
      const names = (await readdir(resolved))
        .filter((n) => INPUT_EXTENSIONS.has(path.extname(n).toLowerCase()))
        .sort();
      files.push(...names.map((n) => path.join(resolved, n)));
    } else files.push(resolved);
  }

  const articles: Article[] = [];
  let failures = 0;
  for (const file of files) {
    try {
      const size = (await stat(file)).size;
      // Checked before reading: a huge file is refused without loading it.
      if (size > MAX_INPUT_BYTES) throw new Error(tooLarge(size));
      articles.push(
        articleFromInput(new Uint8Array(await readFile(file)), {
          fileName: path.basename(file),
          referenceDate: args.referenceDate,
        }),
      );
    } catch (error) {
      failures++;
      io.stderr(
        `preprocess: ${path.relative(io.cwd, file) || file}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const outDir = path.resolve(io.cwd, args.outDir);
  await mkdir(outDir, { recursive: true });
  const previous = await readPreviousIndex(outDir);
  const written = uniqueSlugs(articles);
  for (const article of written)
    await writeAtomically(path.join(outDir, `${article.slug}.json`), articleJson(article));
  // Articles whose seed is gone would otherwise linger and be served; only files we wrote earlier.
  const current = new Set(written.map((a) => a.slug));
  for (const entry of previous?.articles ?? []) {
    if (!current.has(entry.slug))
      await rm(path.join(outDir, `${entry.slug}.json`), { force: true });
  }
  const index: ArticleIndex = ArticleIndexSchema.parse({ articles: written.map(indexEntryOf) });
  await writeAtomically(path.join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  io.stdout(
    `preprocess: wrote ${written.length} article${written.length === 1 ? '' : 's'} to ${path.relative(io.cwd, outDir) || '.'}${failures ? `; ${failures} failed` : ''}`,
  );
  return failures > 0 ? 1 : 0;
}

async function readPreviousIndex(outDir: string): Promise<ArticleIndex | null> {
  try {
    const parsed = ArticleIndexSchema.safeParse(
      JSON.parse(await readFile(path.join(outDir, 'index.json'), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Write then rename, so a server never sees half a file. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}
