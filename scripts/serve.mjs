// Serves the production build (dist/) on 127.0.0.1:$PORT with SPA fallback for page routes.
// Kept dependency-free and small so it is obvious what it does: static files, correct types,
// real 404s for missing data files (the reader relies on them), and no path traversal.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { settingsFromCookie, withSettings } from './page-settings.mjs';

const root = path.resolve(
  fileURLToPath(new URL('..', import.meta.url)),
  process.env.DIST_DIR ?? 'dist',
);
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

// A strict policy: only this origin's own files; no inline script or eval; no plugins; no
// framing. React sets styles through the CSSOM, which style-src does not restrict.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt']);
/**
 * Gzipped bodies, computed once per file version (and settings, for a page; they have fewer than
 * 100 combinations). A file's version is its inode and mtime: a deploy that swaps the build
 * directory under a running server (a symlink, say) brings new files.
 */
const gzipped = new Map();

/** `settings`: for a page, the reader's settings to write onto its <html> (page-settings.mjs). */
async function body(file, acceptEncoding, settings) {
  const info = await stat(file);
  let raw = await readFile(file);
  if (settings) raw = Buffer.from(withSettings(raw.toString('utf8'), settings));
  if (!COMPRESSIBLE.has(path.extname(file)) || !/\bgzip\b/.test(acceptEncoding ?? ''))
    return { bytes: raw, encoding: null };
  const key = `${file}:${info.ino}:${info.mtimeMs}:${settings?.map(([, value]) => value).join('.') ?? ''}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(raw, { level: 9 }));
  return { bytes: gzipped.get(key), encoding: 'gzip' };
}

async function fileAt(urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const target = path.resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  const info = await stat(target).catch(() => null);
  return info?.isFile() ? target : null;
}

const server = createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let file = await fileAt(pathname);
    // Page routes (no file extension): the prerendered page when there is one, else the app
    // shell, which renders the route in the browser. Missing files stay 404.
    const isPage = !path.extname(pathname);
    if (isPage) {
      file =
        (await fileAt(`${pathname.replace(/\/+$/, '')}/index.html`)) ??
        (await fileAt('/app-shell.html')) ??
        path.join(root, 'index.html');
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const hashed = file.includes(`${path.sep}assets${path.sep}`);
    // A page carries the reader's settings from their cookie, so its first paint is right with
    // no script. Files asked for by name (the service worker's precache of /app-shell.html among
    // them) are sent as built: a cached copy must not keep one visit's settings.
    const settings = isPage ? settingsFromCookie(req.headers.cookie) : null;
    const { bytes, encoding } = await body(file, req.headers['accept-encoding'], settings);
    res.writeHead(200, {
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      Vary: isPage ? 'Accept-Encoding, Cookie' : 'Accept-Encoding',
      'Content-Length': bytes.length,
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Referrer-Policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad request');
  }
});

server.listen(port, host, () => console.log(`Lede is being served at http://${host}:${port}/`));
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => server.close(() => process.exit(0)));
