import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import {
  clickMention,
  countNodes,
  installLoadProbe,
  NAME_HELPER_SHIM,
  readLoadProbe,
  type ClickTiming,
  type LoadTiming,
} from './page-probes.ts';

export type Variant = 'app' | 'plain';
const VARIANTS: readonly Variant[] = ['app', 'plain'];

/** One lens click, as timed in the page plus what Chromium counted while it ran. */
export type ClickSample = ClickTiming & {
  styleRecalcs: number;
  layouts: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
};

export type NodeCounts = Awaited<ReturnType<typeof countNodes>>;

export type LensResults = Record<Variant, { on: ClickSample[]; off: ClickSample[] }> & {
  nodesAtRest: Record<Variant, NodeCounts>;
  nodesInLens: Record<Variant, NodeCounts>;
};

/** A page to load for the first-render measure; `react` says whether React should own it. */
export type LoadTarget = { label: string; url: string; react: boolean };

/**
 * One page load: the in-page timings plus Chromium's main-thread totals from navigation until
 * the probe settled. Busy time barely moves when other processes compete for the two cores,
 * where wall-clock times do.
 */
export type LoadSample = LoadTiming & {
  mainThreadMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
};
export type LoadResults = Map<string, LoadSample[]>;

export type LensTarget = { entityId: string; lastParagraphId: string };

const CLICK_TIMEOUT_MS = 10_000;
const LOAD_TIMEOUT_MS = 20_000;
const SETTLE_BETWEEN_LOADS_MS = 250;

/**
 * What went wrong in the pages, deduplicated. Errors mean the measurement itself broke (an
 * exception in a page, a failed request) and no numbers are reported. Console errors (a CSP
 * violation, say) are app defects worth seeing but do not stop the timings from meaning
 * something, so they are printed as warnings with the report.
 */
export class PageProblems {
  readonly errors = new Map<string, number>();
  readonly warnings = new Map<string, number>();

  watch(page: Page, label: string) {
    page.on('pageerror', (error) => note(this.errors, `${label}: page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') note(this.warnings, `${label}: console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400)
        note(this.errors, `${label}: HTTP ${response.status()} for ${response.url()}`);
    });
  }
}

function note(problems: Map<string, number>, problem: string) {
  problems.set(problem, (problems.get(problem) ?? 0) + 1);
}

export async function prepareContext(context: BrowserContext) {
  await context.addInitScript({ content: NAME_HELPER_SHIM });
}

/** Opens a page and waits until its article body, down to the last paragraph, is rendered. */
export async function openReadyPage(
  context: BrowserContext,
  url: string,
  label: string,
  lastParagraphId: string,
  problems: PageProblems,
): Promise<Page> {
  const page = await context.newPage();
  problems.watch(page, label);
  await page.goto(url);
  await page.waitForSelector(`.reader-body #${lastParagraphId}`, { timeout: LOAD_TIMEOUT_MS });
  return page;
}

/**
 * Lens on, then off, `runs` times on each page, alternating which page goes first so that drift
 * (thermal, other processes on the two cores) hits both equally. A few unmeasured cycles first
 * let both pages reach a steady state (JIT, style caches).
 */
export async function measureLens(
  pages: Record<Variant, Page>,
  target: LensTarget,
  runs: number,
  warmups = 3,
): Promise<LensResults> {
  const cdp = {
    app: await metricsSession(pages.app),
    plain: await metricsSession(pages.plain),
  };
  const nodesAtRest = { app: await nodes(pages.app), plain: await nodes(pages.plain) };
  // The same paragraphs must be in the lens on both pages, or they are not doing the same work.
  for (const variant of VARIANTS) await clickOnce(pages[variant], cdp[variant], target, true);
  const nodesInLens = { app: await nodes(pages.app), plain: await nodes(pages.plain) };
  for (const variant of VARIANTS) await clickOnce(pages[variant], cdp[variant], target, false);
  for (let i = 0; i < warmups; i++) {
    for (const variant of VARIANTS) {
      await clickOnce(pages[variant], cdp[variant], target, true);
      await clickOnce(pages[variant], cdp[variant], target, false);
    }
  }

  const results = { app: { on: [], off: [] }, plain: { on: [], off: [] } } as Record<
    Variant,
    { on: ClickSample[]; off: ClickSample[] }
  >;
  for (let i = 0; i < runs; i++) {
    const order: Variant[] = i % 2 === 0 ? ['app', 'plain'] : ['plain', 'app'];
    for (const variant of order) {
      results[variant].on.push(await clickOnce(pages[variant], cdp[variant], target, true));
      results[variant].off.push(await clickOnce(pages[variant], cdp[variant], target, false));
    }
  }
  return { ...results, nodesAtRest, nodesInLens };
}

/**
 * First render: a fresh page per load, in the same context so the HTTP cache is warm (one
 * throwaway load of each page first). The order rotates every round so that each page goes
 * first, second, ... equally often and drift hits them all alike.
 */
export async function measureLoads(
  context: BrowserContext,
  targets: readonly LoadTarget[],
  lastParagraphId: string,
  runs: number,
  problems: PageProblems,
): Promise<LoadResults> {
  const results: LoadResults = new Map(targets.map((t) => [t.label, []]));
  for (const target of targets) await loadOnce(context, target, lastParagraphId, problems);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < targets.length; j++) {
      const target = targets[(i + j) % targets.length]!;
      results.get(target.label)!.push(await loadOnce(context, target, lastParagraphId, problems));
    }
  }
  return results;
}

async function loadOnce(
  context: BrowserContext,
  target: LoadTarget,
  lastParagraphId: string,
  problems: PageProblems,
): Promise<LoadSample> {
  // Closing the previous page tears down its renderer on one of only two cores: let that finish
  // rather than bill it to whichever page loads next.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_BETWEEN_LOADS_MS));
  const page = await context.newPage();
  try {
    problems.watch(page, `${target.label} (load)`);
    await page.addInitScript(installLoadProbe, { lastParagraphId, react: target.react });
    const cdp = await metricsSession(page);
    const before = await metrics(cdp);
    await page.goto(target.url, { timeout: LOAD_TIMEOUT_MS });
    // Polled every 50 ms rather than every frame, so the polling itself does not load the page.
    const handle = await page.waitForFunction(readLoadProbe, undefined, {
      polling: 50,
      timeout: LOAD_TIMEOUT_MS,
    });
    const timing = (await handle.jsonValue()) as LoadTiming;
    await handle.dispose();
    const delta = metricsDelta(before, await metrics(cdp));
    return {
      ...timing,
      mainThreadMs: delta('TaskDuration'),
      scriptMs: delta('ScriptDuration'),
      styleMs: delta('RecalcStyleDuration'),
      layoutMs: delta('LayoutDuration'),
    };
  } finally {
    await page.close();
  }
}

async function clickOnce(
  page: Page,
  cdp: CDPSession,
  target: LensTarget,
  turnOn: boolean,
): Promise<ClickSample> {
  await page.bringToFront();
  const before = await metrics(cdp);
  const timing = await page.evaluate(clickMention, {
    ...target,
    turnOn,
    timeoutMs: CLICK_TIMEOUT_MS,
  });
  const after = await metrics(cdp);
  const count = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
  const delta = metricsDelta(before, after);
  return {
    ...timing,
    styleRecalcs: count('RecalcStyleCount'),
    layouts: count('LayoutCount'),
    scriptMs: delta('ScriptDuration'),
    styleMs: delta('RecalcStyleDuration'),
    layoutMs: delta('LayoutDuration'),
  };
}

/** Chromium's own counters (style recalcs, layouts, time in script), read over CDP. */
async function metricsSession(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return session;
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((m) => [m.name, m.value]));
}

/** Milliseconds spent between two readings of a duration metric (Chromium reports seconds). */
const metricsDelta =
  (before: Map<string, number>, after: Map<string, number>) =>
  (name: string): number =>
    ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;

const nodes = (page: Page) => page.evaluate(countNodes);
