import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  /** The performance metrics, as `name value (score)`: which of them cost points. */
  metrics: string;
  /** Requests Lighthouse counts as holding back the first paint. */
  renderBlocking: string[];
};

const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
] as const;

const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/**
 * One Lighthouse run with its default (mobile) preset, in a Chromium with a fresh profile.
 * Category scores are stable run to run; a single LCP is noise (see toolchain.md).
 */
export async function runLighthouse(url: string, tmpRoot: string): Promise<LighthouseScores> {
  const userDataDir = await mkdtemp(path.join(tmpRoot, 'lighthouse-'));
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [...FLAGS, `--user-data-dir=${userDataDir}`],
    userDataDir: false,
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => categories[id]?.score ?? 0;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      metrics: METRICS.map(([name, id]) => {
        const audit = audits[id];
        const value = audit?.numericValue ?? Number.NaN;
        const shown =
          id === 'cumulative-layout-shift' ? value.toFixed(3) : `${value.toFixed(0)} ms`;
        return `${name} ${shown} (${(audit?.score ?? 0).toFixed(2)})`;
      }).join(', '),
      renderBlocking: renderBlocking(audits),
    };
  } finally {
    await chrome.kill();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

type Audits =
  Awaited<ReturnType<typeof lighthouse>> extends infer R
    ? R extends { lhr: { audits: infer A } }
      ? A
      : never
    : never;

/** The paths Lighthouse names as render-blocking (the insight in Lighthouse 12, else the audit). */
function renderBlocking(audits: Audits): string[] {
  const details = (audits['render-blocking-insight'] ?? audits['render-blocking-resources'])
    ?.details as { items?: { url?: string }[] } | undefined;
  return (details?.items ?? []).flatMap((item) => (item.url ? [new URL(item.url).pathname] : []));
}
