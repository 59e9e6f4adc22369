import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export type RouteJs = { files: string[]; rawBytes: number; gzipBytes: number };

/**
 * The JavaScript a route really loads: every script the page requests until the network is
 * idle, read back from the build directory and gzipped here (level 9, as servers commonly
 * serve), so the app and the floor are measured the same way. Byte counts are deterministic.
 */
export async function measureRouteJs(
  browser: Browser,
  baseUrl: string,
  route: string,
  distDir: string,
): Promise<RouteJs> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' });
  await context.close();
  const files = [...scripts].sort();
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = await readFile(path.join(distDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}
