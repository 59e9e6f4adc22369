/**
 * Code that runs inside the measured pages. Each function is serialised by Playwright and run
 * in the page, so it must be self-contained: no imports, no references to anything outside it.
 *
 * "Painted" is taken as: the first animation frame after the DOM changed, then a task posted
 * from that frame's rAF callback. That task runs once the frame's style, layout and paint have
 * been done, so the time includes the rendering work the change caused without also waiting out
 * a whole extra frame, as a second rAF would (that adds 0-16 ms of pure vsync noise to both
 * pages). The double-rAF time is recorded as well, for comparison with other tools.
 */

export type ClickTiming = {
  /** Click until the DOM reflects the new lens. */
  domMs: number;
  /** Click until the frame showing it has been rendered. */
  paintMs: number;
  /** Click until the second animation frame after the change (the classic double rAF). */
  doubleRafMs: number;
  /** MutationRecords seen from the click until the DOM had been quiet for a few frames. */
  mutations: number;
};

export type ClickRequest = {
  entityId: string;
  /** The paragraph whose data-lens must change too: the last one, so the whole body is done. */
  lastParagraphId: string;
  /** Whether this click is expected to turn the lens on (else off). */
  turnOn: boolean;
  /** Give up after this long: a page that never reflects the click is a broken measurement. */
  timeoutMs: number;
};

/** Clicks the first mention of an entity and times until the lens shows on screen. */
export async function clickMention(request: ClickRequest): Promise<ClickTiming> {
  const { entityId, lastParagraphId, turnOn, timeoutMs } = request;
  const mention = document.querySelector(`.reader-body [data-entity="${entityId}"]`);
  const last = document.getElementById(lastParagraphId);
  if (!mention || !last) throw new Error(`no mention of ${entityId} or no #${lastParagraphId}`);
  const reflected = () =>
    turnOn
      ? mention.hasAttribute('data-active') && last.dataset.lens !== 'none'
      : !mention.hasAttribute('data-active') && last.dataset.lens === 'none';
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const afterFrame = () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      requestAnimationFrame(() => channel.port2.postMessage(null));
    });

  let mutations = 0;
  const counter = new MutationObserver((records) => (mutations += records.length));
  counter.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });

  // Click just after a frame has been rendered, so every click has the same ~16 ms until the
  // next frame (a constant both pages pay). Clicking at a random moment of the frame lets the
  // times split into two groups (the work makes the next frame or misses it), and a median
  // that flips between the two groups from run to run is not a measurement.
  await afterFrame();
  const start = performance.now();
  mention.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  await new Promise<void>((resolve, reject) => {
    if (reflected()) return resolve();
    const timer = setTimeout(
      () => reject(new Error(`click not reflected in ${timeoutMs} ms`)),
      timeoutMs,
    );
    const watcher = new MutationObserver(() => {
      if (!reflected()) return;
      watcher.disconnect();
      clearTimeout(timer);
      resolve();
    });
    watcher.observe(document.body, { subtree: true, attributes: true, childList: true });
  });
  const domMs = performance.now() - start;
  await afterFrame();
  const paintMs = performance.now() - start;
  await frame();
  const doubleRafMs = performance.now() - start;

  // Work that lands after the first paint (effects, a second commit) still counts as this
  // click's mutations: wait until three frames in a row change nothing.
  let quietFrames = 0;
  let seen = mutations;
  for (let i = 0; i < 60 && quietFrames < 3; i++) {
    await frame();
    quietFrames = mutations === seen ? quietFrames + 1 : 0;
    seen = mutations;
  }
  mutations += counter.takeRecords().length;
  counter.disconnect();
  // The stylesheet fades paragraphs and mentions over ~180 ms. A reader's next click comes long
  // after that; starting the next measured click mid-transition would bill it for this one's.
  // Capped: an animation in a subtree the browser skips rendering never finishes.
  const finished = Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)));
  await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 1_000))]);
  await frame();
  return { domMs, paintMs, doubleRafMs, mutations };
}

export type LoadTiming = {
  /** Navigation start until the last paragraph is in the DOM. */
  domMs: number;
  /** ... until the frame showing it has been rendered (see the note at the top). */
  paintMs: number;
  doubleRafMs: number;
  /** The last largest-contentful-paint candidate, or NaN when none was reported. */
  lcpMs: number;
  /**
   * ... until React has taken over the last paragraph (created or hydrated it), so a click on it
   * works; NaN on pages without React. For a prerendered page this is where hydration ends.
   */
  reactMs: number;
};

export type LoadProbeOptions = { lastParagraphId: string; react: boolean };

type ProbeState = Partial<LoadTiming> & { settled?: boolean };
type ProbeWindow = Window & { __benchLoad?: ProbeState };

/**
 * An init script: runs before any of the page's own code, watches for the last paragraph and
 * records when it is in the DOM and painted, when React owns it, and LCP. Times are from
 * navigation start.
 */
export function installLoadProbe({ lastParagraphId, react }: LoadProbeOptions) {
  const result: ProbeState = {};
  (window as ProbeWindow).__benchLoad = result;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) result.lcpMs = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  // React marks every DOM node it manages with an own property named `__reactProps$<random>`:
  // an internal detail, but the only outside sign that hydration has reached a node.
  const ownedByReact = (node: Element) =>
    Object.keys(node).some((key) => key.startsWith('__reactProps$'));
  const last = () => document.getElementById(lastParagraphId);
  // LCP entries are reported a little after the frame they describe: give them a few frames,
  // and on an app page wait (up to ~10 s) until React owns the paragraph.
  const settle = (frames: number) =>
    requestAnimationFrame(() => {
      const node = last();
      if (react && result.reactMs === undefined && node && ownedByReact(node))
        result.reactMs = performance.now();
      const waiting = react && result.reactMs === undefined && frames > -600;
      if (frames > 0 || waiting) settle(frames - 1);
      else result.settled = true;
    });
  const seen = () => {
    if (result.domMs !== undefined || !last()) return;
    result.domMs = performance.now();
    watcher.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (result.paintMs = performance.now());
      channel.port2.postMessage(null);
      requestAnimationFrame(() => {
        result.doubleRafMs = performance.now();
        settle(5);
      });
    });
  };
  // The paragraph arrives from the HTML parser (plain or prerendered page) or from React: either
  // way a mutation of the document's subtree; a look-up by id is cheap enough for each batch.
  const watcher = new MutationObserver(seen);
  watcher.observe(document, { childList: true, subtree: true });
}

/** The load probe's result once it has settled, else null (poll with waitForFunction). */
export function readLoadProbe(): LoadTiming | null {
  const result = (window as ProbeWindow).__benchLoad;
  if (!result?.settled) return null;
  return {
    domMs: result.domMs ?? NaN,
    paintMs: result.paintMs ?? NaN,
    doubleRafMs: result.doubleRafMs ?? NaN,
    lcpMs: result.lcpMs ?? NaN,
    reactMs: result.reactMs ?? NaN,
  };
}

/** Counts that must match between the app and the plain page for the comparison to be fair. */
export function countNodes(): { mentions: number; paragraphs: number; lensIn: number } {
  const body = document.querySelector('.reader-body');
  return {
    mentions: body?.querySelectorAll('.mention').length ?? 0,
    paragraphs: body?.children.length ?? 0,
    lensIn: body?.querySelectorAll(':scope > [data-lens="in"]').length ?? 0,
  };
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named inner functions in a
 * `__name(fn, "name")` helper that exists in Node but not in the page. Defining a no-op
 * version in every page lets the functions above be passed to page.evaluate as they are.
 */
export const NAME_HELPER_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';
