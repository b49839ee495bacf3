/**
 * npm run bench [-- --runs N] [-- --loads M] [-- --trace]
 *
 * Builds the app and a baseline page (a bare MapLibre map of the same territories), serves both,
 * and drives headless Chromium, each page in a fresh browser context with the cache off: first M
 * cold loads of each page, in pairs a few seconds apart (the time-to-idle ratio compares the two
 * loads of a pair, and a machine's speed drifts over minutes), then N rounds of interactions.
 * Prints a table with budgets, writes bench-results/latest.json, and exits with 1 on a breach.
 * --trace also records one Chrome trace and one CPU profile of each page into bench-results/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium';
import { serveDirectory } from './static-server';
import { pairedRatios, summarize, type Summary } from './bench/stats';
import { classify, sizeTable, totals, type ClassifiedFile } from './bench/sizes';
import { anyFailure, BUDGETS, evaluate, formatTable, type Line } from './bench/budgets';
import { summarizeProfile, summarizeTrace } from './bench/profile';
import { canReadChromiumCpu, chromiumCpu, chromiumQuiet, gpuQuiet } from './bench/chromium-cpu';
import { LAYERS_IDLE_SCRIPT, THREE_LAYERS_HASH, layersIdle, themeLayerOn, type LayerOnTiming } from './bench/theme-layers';
import { compareWithNeighbours } from './bench/compare-matrix';
import { CPU_SLOWDOWN, FIRST_PIXELS_SCRIPT, firstPixelLines, firstPixels } from './bench/first-pixels';
import { entryScripts } from './bench/entry-js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const IN_PAGE = resolve(ROOT, 'scripts/bench/in-page.js');
const OUT_DIR = resolve(ROOT, 'bench-results');
const VIEWPORT = { width: 1366, height: 800 };
/** Large pays whose label point is outside every agglomération, so the click selects them. */
const CLICK_TARGETS = ['pays-mellois', 'pays-thouarsais', 'pays-civraisien'];
/** Each query's last keystroke is the one timed. */
const SEARCH_QUERIES = ['mello', 'niort'];

function parseArgs(argv: string[]) {
  let runs = 7;
  let loads = 11;
  let trace = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    if (flag === '--runs') runs = Number(inline ?? argv[++i]);
    else if (flag === '--loads') loads = Number(inline ?? argv[++i]);
    else if (flag === '--trace') trace = true;
    else throw new Error(`unknown argument ${argv[i]} (expected --runs N, --loads M, --trace)`);
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer');
  if (!Number.isInteger(loads) || loads < 1) throw new Error('--loads needs a positive integer');
  return { runs, loads, trace };
}

const dataset = JSON.parse(readFileSync(resolve(ROOT, 'data/practices.json'), 'utf8')) as {
  territories: { id: string; name: string }[];
};
const topology = JSON.parse(readFileSync(resolve(ROOT, 'geo/territories.topojson'), 'utf8')) as Topology;
const labelPoint = new Map(
  (topology.objects.territories as GeometryCollection).geometries.map((g) => {
    const p = g.properties as { labelX: number; labelY: number };
    return [String(g.id), [p.labelX, p.labelY] as [number, number]];
  }),
);
const nameOf = (id: string) => dataset.territories.find((t) => t.id === id)!.name;

/**
 * The app is built with its own config, into the bench's own folder: a test run rebuilding dist/
 * meanwhile would otherwise swap the files under the pages being measured.
 */
const APP_OUT = resolve(ROOT, 'dist-bench/app');
const BASELINE_OUT = resolve(ROOT, 'dist-bench/baseline');

async function buildBoth() {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: APP_OUT, emptyOutDir: true } });
  // The baseline is built only here, never shipped with the app.
  await build({
    configFile: false,
    root: resolve(ROOT, 'bench'),
    logLevel: 'warn',
    build: {
      outDir: BASELINE_OUT,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: resolve(ROOT, 'bench/baseline.html') },
    },
  });
}

interface Load {
  /** CPU ms each kind of Chromium process spent from navigation to first idle: unlike wall time,
   * little changed by other work on the machine. NaN where it cannot be read (not Linux). */
  cpu: { gpu: number; other: number };
  page: Page;
  context: BrowserContext;
  cdp: CDPSession;
  marks: Record<string, number>;
  requested: string[];
  workers: string[];
  errors: string[];
}

/**
 * Opens `url` and resolves at the map's first idle, which the page reports through a binding.
 * Polling for it instead (a script evaluated in the page every 50 ms) took the page's main thread
 * 5 to 50 ms at a time, in the middle of the load being timed.
 */
async function loadUntilMapIdle(context: BrowserContext, page: Page, url: string, atIdle: () => void = () => {}) {
  let reached!: () => void;
  const idle = new Promise<void>((ok) => (reached = ok));
  await context.exposeBinding('__benchMapIdle', () => {
    atIdle();
    reached();
  });
  await page.goto(url, { waitUntil: 'commit' });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`no map idle within 60 s: ${url}`)), 60_000)));
  await Promise.race([idle, timeout]).finally(() => clearTimeout(timer));
}

/** Which page goes first in the i-th pair: alternately, so neither always gets the fresher machine. */
const alternating = (i: number) => (i % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const));

const loadWaits: number[] = [];
/** A cold load in a fresh context, up to the map's first 'idle'; `cpuSlowdown` throttles the page's CPU. */
async function coldLoad(browser: Browser, url: string, initScript?: string, cpuSlowdown = 1): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: IN_PAGE });
  await context.addInitScript({ path: FIRST_PIXELS_SCRIPT });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requested: string[] = [];
  const workers: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  page.on('pageerror', (e) => errors.push(e.message));
  // The previous page's last frames drawn and its teardown done: they would otherwise share the
  // machine with this load.
  loadWaits.push(await chromiumQuiet());
  const before = canReadChromiumCpu ? chromiumCpu() : null;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  // What the page had asked for when it reported its idle: the round trips that follow (marks, CPU)
  // leave it time to start fetching what it loads after the idle (sidebar, panel, keyboard).
  let requestedAtIdle: string[] = [];
  try {
    await loadUntilMapIdle(context, page, url, () => (requestedAtIdle = [...requested]));
  } catch (e) {
    throw new Error(`${(e as Error).message}; the page said: ${errors.join(' | ') || 'nothing'}`);
  }
  const after = before ? chromiumCpu() : null;
  const cpu = before && after ? { gpu: after.gpu - before.gpu, other: after.other - before.other } : { gpu: NaN, other: NaN };
  const marks = await page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) out[m.name] ??= m.startTime;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) {
      out['nav:responseEnd'] = nav.responseEnd;
      out['nav:domContentLoaded'] = nav.domContentLoadedEventEnd;
    }
    return out;
  });
  return { cpu, page, context, cdp, marks, requested: requestedAtIdle, workers, errors };
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function mapIdle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const map = (window as any).__atlasMap;
        map.once('idle', () => ok());
        map.triggerRepaint();
      }),
  );
}

/**
 * The map idle and the frames it sent drawn: under software rendering the GPU process draws a map
 * frame for hundreds of ms after the page hands it over, and an interaction must not pay for the
 * previous one (nor for the repaint mapIdle asks for). The page cannot see that: rAF callbacks keep
 * running while a frame waits to be drawn, so the GPU process's own CPU time is watched instead.
 */
const settleWaits: number[] = [];
async function settle(page: Page) {
  await mapIdle(page);
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
  // The page's own deferred work done too (the sidebar built after the first idle, the panel warmed
  // up when the browser is idle): interactions are timed on a page that has finished loading.
  await page.evaluate(() => new Promise<void>((ok) => requestIdleCallback(() => ok(), { timeout: 3000 })));
  settleWaits.push(await gpuQuiet());
}

async function pixelOf(page: Page, lngLat: [number, number]) {
  return page.evaluate((ll) => {
    const map = (window as any).__atlasMap;
    const p = map.project(ll);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}

const pending = <T>(page: Page) => page.evaluate(() => (window as any).__bench.pending) as Promise<T>;

interface RepaintTiming {
  /** To the first frame drawn with every tile re-laid out: the new look. */
  repaint: number;
  /** To the first frame after the input, which may still show the old tiles. */
  firstFrame: number;
  idle: number;
  relayout: boolean;
}

interface AppSamples {
  clickPanel: number[];
  theme: RepaintTiming[];
  mode: RepaintTiming[];
  layerOn: LayerOnTiming[];
  search: number[] | null;
  compare: number[];
}

/** Hover, then click each target territory: ms from the click to the frame showing its name in the aside's heading. */
async function clickPanels(page: Page): Promise<number[]> {
  const clickPanel: number[] = [];
  for (const id of CLICK_TARGETS) {
    const p = await pixelOf(page, labelPoint.get(id)!);
    // Hover first and let the hover outline settle: only the click is timed.
    await page.mouse.move(p.x, p.y);
    await settle(page);
    await page.evaluate((name) => (window as any).__bench.armPanel(name), nameOf(id));
    await page.mouse.down();
    await page.mouse.up();
    clickPanel.push(await pending<number>(page));
    await page.keyboard.press('Escape');
    await page.locator('aside').waitFor({ state: 'detached' });
    await settle(page);
  }
  return clickPanel;
}

async function interact(page: Page): Promise<AppSamples> {
  const clickPanel = await clickPanels(page);

  const repaint = async (selector: string) => {
    const target = page.locator(selector);
    await target.scrollIntoViewIfNeeded();
    // The pointer reaches the control first, as a hand on a mouse does: leaving the map clears its
    // hover outline (a worker round trip), which belongs to that move, not to the click timed here.
    await target.hover();
    await settle(page);
    await page.evaluate(() => (window as any).__bench.armRepaint());
    await target.click();
    return pending<RepaintTiming>(page);
  };
  const layerOn = await themeLayerOn(page, settle);
  const theme: RepaintTiming[] = [];
  for (let i = 0; i < 2; i++) {
    theme.push(await repaint('input[data-theme="sig"]')); // on
    theme.push(await repaint('input[data-theme="sig"]')); // off
  }
  const mode: RepaintTiming[] = [];
  mode.push(await repaint('label:has(> input[name="mode"][value="type"])'));
  mode.push(await repaint('label:has(> input[name="mode"][value="intensite"])'));

  let search: number[] | null = null;
  const box = page.locator('input[type="search"]').first();
  if ((await box.count()) > 0) {
    search = [];
    for (const q of SEARCH_QUERIES) {
      await box.fill(q.slice(0, -1));
      await page.waitForTimeout(400); // the index loads on first use: only the last keystroke is timed
      await settle(page);
      await page.evaluate(() => (window as any).__bench.armSearch());
      await box.press(q.slice(-1));
      search.push(await pending<number>(page).catch(() => NaN));
      await box.fill('');
    }
  }
  const compare = await compareWithNeighbours(page, CLICK_TARGETS.map((id) => ({ id, point: labelPoint.get(id)! })), { settle, pixelOf });
  return { clickPanel, theme, mode, search, layerOn, compare };
}

async function mapSize(page: Page) {
  return page.evaluate(() => {
    const r = (window as any).__atlasMap.getContainer().getBoundingClientRect();
    return { w: Math.round(r.width), h: Math.round(r.height) };
  });
}

async function traceOnce(browser: Browser, url: string, name: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: IN_PAGE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const tracePath = resolve(OUT_DIR, `trace-${name}.json`);
  await browser.startTracing(page, {
    path: tracePath,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'v8.execute',
      'v8',
      'toplevel',
      'gpu',
      'loading',
    ],
  });
  await loadUntilMapIdle(context, page, url);
  await browser.stopTracing();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(resolve(OUT_DIR, `profile-${name}.cpuprofile`), JSON.stringify(profile));
  await context.close();
  const trace = JSON.parse(readFileSync(tracePath, 'utf8'));
  return { trace: summarizeTrace(trace.traceEvents ?? trace), profile: summarizeProfile(profile as any) };
}

const ms = (s: Summary, budget?: Line['budget']) => ({ median: s.median, p95: s.p95, unit: 'ms' as const, budget });

async function main() {
  const { runs, loads, trace } = parseArgs(process.argv.slice(2));
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium at /usr/bin/chromium or $CHROME_PATH (apt-get install -y chromium).');
  const started = Date.now();
  console.log('bench: building the app and the baseline…');
  await buildBoth();
  const builtFiles = sizeTable(APP_OUT);
  const app = await serveDirectory(APP_OUT);
  const baseline = await serveDirectory(BASELINE_OUT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  mkdirSync(OUT_DIR, { recursive: true });

  try {
    // A warm-up of each page (OS file cache, Chromium's first start) that also gives the app's map size.
    const warm = await coldLoad(browser, app.url);
    const size = await mapSize(warm.page);
    const load = warm;
    const requested = load.requested;
    const workers = load.workers;
    const errors = [...load.errors];
    await warm.context.close();
    const baselineUrl = `${baseline.url}baseline.html?w=${size.w}&h=${size.h}`;
    await (await coldLoad(browser, baselineUrl)).context.close();

    const idle = { app: [] as number[], baseline: [] as number[] };
    const heap = { app: [] as number[], baseline: [] as number[] };
    const cpu = { app: [] as Load['cpu'][], baseline: [] as Load['cpu'][] };
    const phases = { app: [] as Record<string, number>[], baseline: [] as Record<string, number>[] };
    const samples: AppSamples[] = [];
    const layersLoad: number[] = [];
    const baselineClicks: number[] = [];
    const pixels = { app: [] as number[], baseline: [] as number[] };
    const slowPixels = { app: [] as number[], baseline: [] as number[] };
    const layoutShift: number[] = [];
    const urlOf = { app: app.url, baseline: baselineUrl };
    const progress = (what: string) => process.stdout.write(`bench: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    for (let pair = 0; pair < loads; pair++) {
      for (const which of alternating(pair)) {
        const l = await coldLoad(browser, urlOf[which]);
        idle[which].push(l.marks['bench:map-idle']);
        cpu[which].push(l.cpu);
        heap[which].push(await heapAfterGc(l.cdp));
        pixels[which].push(firstPixels(l.marks));
        if (which === 'app') layoutShift.push(await l.page.evaluate(() => (window as any).__benchLayoutShift as number));
        errors.push(...l.errors);
        phases[which].push(l.marks);
        await l.context.close();
      }
      const layered = await coldLoad(browser, app.url + THREE_LAYERS_HASH, LAYERS_IDLE_SCRIPT);
      layersLoad.push(await layersIdle(layered.page));
      errors.push(...layered.errors);
      await layered.context.close();
      if ((pair + 1) % 4 === 0 || pair + 1 === loads) progress(`load pair ${pair + 1}/${loads} done`);
    }
    for (let pair = 0; pair < loads; pair++) {
      for (const which of alternating(pair)) {
        const l = await coldLoad(browser, urlOf[which], undefined, CPU_SLOWDOWN);
        slowPixels[which].push(firstPixels(l.marks));
        errors.push(...l.errors);
        await l.context.close();
      }
      if ((pair + 1) % 4 === 0 || pair + 1 === loads) progress(`slowed load pair ${pair + 1}/${loads} done`);
    }
    for (let run = 0; run < runs; run++) {
      for (const which of alternating(run)) {
        const l = await coldLoad(browser, urlOf[which]);
        errors.push(...l.errors);
        if (which === 'app') samples.push(await interact(l.page));
        else baselineClicks.push(...(await clickPanels(l.page)));
        await l.context.close();
      }
      progress(`interaction run ${run + 1}/${runs} done`);
    }

    const files = classify(builtFiles, { requested, workers });
    const sum = totals(files);
    const kB = (b: number | undefined) => (b ?? 0) / 1000;
    const ratios = pairedRatios(idle.app, idle.baseline);
    const flat = <T>(xs: T[][]) => xs.flat();
    const search = samples.every((s) => s.search) ? flat(samples.map((s) => s.search!)) : null;
    const theme = flat(samples.map((s) => s.theme));
    const mode = flat(samples.map((s) => s.mode));
    const layerOn = flat(samples.map((s) => s.layerOn));
    const layerRatios = pairedRatios(layersLoad, idle.app);

    const lines: Line[] = [
      { id: 'idle-app', label: 'time to first map idle, app', ...ms(summarize(idle.app)) },
      { id: 'idle-baseline', label: 'time to first map idle, baseline', ...ms(summarize(idle.baseline)) },
      {
        id: 'idle-ratio',
        label: 'ratio app / baseline (per-run pairs)',
        unit: 'x',
        median: summarize(ratios).median,
        p95: summarize(ratios).p95,
        budget: { stat: 'median', max: BUDGETS.loadRatio },
      },
      ...firstPixelLines(pixels, slowPixels, layoutShift),
      { id: 'cpu-gpu-app', label: '  (GPU process CPU to first idle, app)', ...ms(summarize(cpu.app.map((c) => c.gpu))) },
      {
        id: 'cpu-gpu-baseline',
        label: '  (GPU process CPU to first idle, baseline)',
        ...ms(summarize(cpu.baseline.map((c) => c.gpu))),
      },
      { id: 'cpu-other-app', label: '  (other Chromium CPU to first idle, app)', ...ms(summarize(cpu.app.map((c) => c.other))) },
      {
        id: 'cpu-other-baseline',
        label: '  (other Chromium CPU to first idle, baseline)',
        ...ms(summarize(cpu.baseline.map((c) => c.other))),
      },
      {
        id: 'click-panel',
        label: 'click on a territory → panel',
        ...ms(summarize(flat(samples.map((s) => s.clickPanel))), { stat: 'p95', max: BUDGETS.clickPanel }),
      },
      { id: 'click-panel-baseline', label: '  (same click on the baseline: a heading in an aside)', ...ms(summarize(baselineClicks)) },
      {
        id: 'theme-repaint',
        label: 'theme toggle → map repainted',
        ...ms(summarize(theme.map((t) => t.repaint)), { stat: 'p95', max: BUDGETS.themeToggle }),
      },
      { id: 'theme-idle', label: '  (theme toggle → map idle, labels faded in)', ...ms(summarize(theme.map((t) => t.idle))) },
      {
        id: 'theme-layer-repaint',
        label: 'theme layer on → map repainted',
        ...ms(summarize(layerOn.map((t) => t.repaint)), { stat: 'p95', max: BUDGETS.themeLayerOn }),
      },
      { id: 'theme-layer-idle', label: '  (theme layer on → map idle, symbols faded in)', ...ms(summarize(layerOn.map((t) => t.idle))) },
      { id: 'idle-layers', label: 'load with three layers active from the URL (to idle with symbols)', ...ms(summarize(layersLoad)) },
      {
        id: 'idle-layers-ratio',
        label: '  (ratio to the plain app load of the same pair)',
        unit: 'x',
        median: summarize(layerRatios).median,
        p95: summarize(layerRatios).p95,
      },
      { id: 'mode-repaint', label: 'mode switch → map repainted', ...ms(summarize(mode.map((t) => t.repaint))) },
      search
        ? { id: 'search', label: 'search keystroke → results', ...ms(summarize(search)) }
        : { id: 'search', label: 'search keystroke → results', unit: 'ms', na: 'n/a (no search box)' },
      {
        id: 'compare-matrix',
        label: 'compare with neighbours → matrix drawn',
        ...ms(summarize(flat(samples.map((s) => s.compare))), { stat: 'p95', max: BUDGETS.compareMatrix }),
      },
      { id: 'js-initial', label: 'initial JS (main thread), gzip', unit: 'kB', value: kB(sum['initial-js']), budget: { stat: 'value', max: BUDGETS.initialJs } },
      {
        id: 'js-first-paint',
        label: 'JS run before anything is drawn (entry, static imports), gzip',
        unit: 'kB',
        value: kB(builtFiles.filter((f) => entryScripts(APP_OUT).includes(f.path)).reduce((n, f) => n + f.gzip, 0)),
        budget: { stat: 'value', max: BUDGETS.firstPaintJs },
      },
      { id: 'js-worker', label: 'map worker JS (initial, off main thread), gzip', unit: 'kB', value: kB(sum['worker-js']) },
      { id: 'css', label: 'initial CSS, gzip', unit: 'kB', value: kB(sum.css) },
      { id: 'data', label: 'data (practices.json), gzip', unit: 'kB', value: kB(sum.data) },
      { id: 'geo', label: 'geo (topojson, composition), gzip', unit: 'kB', value: kB(sum.geo) },
      {
        id: 'data-geo',
        label: 'data + geo, gzip',
        unit: 'kB',
        value: kB(sum.data) + kB(sum.geo),
        budget: { stat: 'value', max: BUDGETS.dataGeo },
      },
      { id: 'fonts', label: 'fonts (woff2)', unit: 'kB', value: kB(sum.font) },
      ...files
        .filter((f) => f.category.startsWith('lazy-'))
        .map((f): Line => ({ id: `lazy:${f.path}`, label: `lazy ${f.path}, gzip`, unit: 'kB', value: kB(f.gzip) })),
      { id: 'heap-app', label: 'JS heap after load (after GC), app', unit: 'MB', ...stat(heap.app.map((b) => b / 1e6)) },
      { id: 'heap-baseline', label: 'JS heap after load (after GC), baseline', unit: 'MB', ...stat(heap.baseline.map((b) => b / 1e6)) },
    ];
    if (!files.some((f) => f.category === 'lazy-js')) {
      lines.splice(lines.findIndex((l) => l.id === 'fonts') + 1, 0, { id: 'lazy', label: 'lazy chunks', unit: 'kB', na: 'none' });
    }
    const evaluated = lines.map(evaluate);

    const phaseNames = [
      'nav:responseEnd',
      'nav:domContentLoaded',
      'atlas:data-loaded',
      'baseline:data-loaded',
      'bench:first-pixels-svg',
      'bench:first-pixels-canvas',
      'bench:map-created',
      'bench:map-load',
      'bench:map-idle',
    ];
    const phaseMedian = (page: Record<string, number>[], n: string) =>
      page.some((p) => n in p) ? `${summarize(page.map((p) => p[n] ?? NaN)).median.toFixed(0)} ms` : '';
    const phaseTable = phaseNames
      .map((n) => `  ${n.padEnd(22)} ${phaseMedian(phases.app, n).padStart(9)} ${phaseMedian(phases.baseline, n).padStart(10)}`)
      .join('\n');

    let profiles: Record<string, unknown> | undefined;
    if (trace) {
      console.log('bench: recording a trace and a CPU profile of each page…');
      profiles = { app: await traceOnce(browser, app.url, 'app'), baseline: await traceOnce(browser, baselineUrl, 'baseline') };
    }

    console.log(`\nBenchmark: ${loads} load pairs and ${runs} interaction runs, headless Chromium (SwiftShader), viewport ${VIEWPORT.width}×${VIEWPORT.height}, map ${size.w}×${size.h}`);
    console.log(formatTable(evaluated));
    console.log(`\nLoad phases (median, ms since navigation start):\n  ${''.padEnd(22)} ${'app'.padStart(9)} ${'baseline'.padStart(10)}\n${phaseTable}`);
    const waited = summarize(settleWaits);
    const loadWaited = summarize(loadWaits);
    console.log(
      canReadChromiumCpu
        ? `\nBefore each interaction, the GPU process went quiet after ${waited.median.toFixed(0)} ms (median), ${waited.p95.toFixed(0)} ms (p95);` +
            ` before each load, the whole of Chromium after ${loadWaited.median.toFixed(0)} ms (median), ${loadWaited.p95.toFixed(0)} ms (p95).`
        : '\nBefore each interaction, a fixed 800 ms pause (no /proc here to see the GPU process go quiet).',
    );
    console.log('\nBuilt files (gzip, level 6):');
    for (const f of files) console.log(`  ${f.category.padEnd(10)} ${f.path.padEnd(52)} ${(f.gzip / 1000).toFixed(1).padStart(7)} kB`);
    if (errors.length) console.log(`\nPage errors:\n  ${[...new Set(errors)].join('\n  ')}`);
    if (profiles) {
      for (const [name, p] of Object.entries(profiles) as [string, Awaited<ReturnType<typeof traceOnce>>][]) {
        const rows = (xs: { ms?: number; busy?: number; name?: string; thread?: string; fn?: string }[], n: number) =>
          xs.slice(0, n).map((x) => `    ${String(x.ms ?? x.busy).padStart(8)} ms  ${x.name ?? x.thread ?? x.fn}`).join('\n');
        console.log(`\nTrace of one ${name} load (first idle at ${p.trace.window} ms, traced):`);
        console.log(`  busy threads:\n${rows(p.trace.threads, 5)}`);
        console.log(`  main thread (inclusive, by event):\n${rows(p.trace.mainThread, 12)}`);
        console.log(`  GPU main thread:\n${rows(p.trace.gpuThread, 6)}`);
        console.log(`  CPU profile, self time:\n${rows(p.profile.byFunction, 12)}`);
      }
    }

    const failed = anyFailure(evaluated);
    writeFileSync(
      resolve(OUT_DIR, 'latest.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          runs,
          loads,
          viewport: VIEWPORT,
          mapSize: size,
          chromium: browser.version(),
          pass: !failed,
          lines: evaluated,
          samples: { idle, ratios, cpu, heap, phases, interactions: samples },
          files,
          profiles,
          pageErrors: errors,
        },
        null,
        2,
      ),
    );
    console.log(`\n${failed ? 'FAIL: a budget is exceeded' : 'PASS: every budget is kept'} (bench-results/latest.json, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
}

function stat(xs: number[]) {
  const s = summarize(xs);
  return { median: s.median, p95: s.p95 };
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
