/**
 * The theme layers' two bench lines: a layer turned on until its symbols are drawn, and a cold load
 * of a link with three layers until the map is idle with their symbols.
 */
import type { Page } from 'playwright-core';
import { THEME_SYMBOL_LAYER } from '../../src/map/theme-symbol-style';

/** The link users share most: the three layers they ask for. */
export const THREE_LAYERS_HASH = '#themes=sig,habitat,lecture-publique';

const LAYERS_IDLE = 'bench:layers-idle';

/**
 * Injected before the page's scripts, after in-page.js: marks the first map idle with the theme
 * symbols' layer in the style and its source loaded (they are loaded lazily, so that idle may come
 * after the map's first one). It listens from the map's creation, through in-page.js's hook.
 */
export const LAYERS_IDLE_SCRIPT = `(() => {
  const layer = ${JSON.stringify(THEME_SYMBOL_LAYER)};
  const hook = Object.getOwnPropertyDescriptor(window, '__atlasMap');
  Object.defineProperty(window, '__atlasMap', {
    configurable: true,
    get: hook.get,
    set: (map) => {
      hook.set(map);
      const check = () => {
        if (!map.getLayer(layer) || !map.isSourceLoaded(layer)) return;
        map.off('idle', check);
        performance.mark(${JSON.stringify(LAYERS_IDLE)});
      };
      map.on('idle', check);
    },
  });
})();`;

/** After a cold load with LAYERS_IDLE_SCRIPT: ms from navigation to the map idle with the symbols drawn. */
export async function layersIdle(page: Page): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, LAYERS_IDLE, { timeout: 30_000, polling: 200 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0].startTime, LAYERS_IDLE);
}

export interface LayerOnTiming {
  /** To the first frame drawn with the symbols' source loaded and every tile of the map re-laid out. */
  repaint: number;
  /** To the map idle: the symbols faded in. */
  idle: number;
}

/**
 * Arms the page: from the next trusted click to the frame that draws the theme symbols (their layer
 * added, its source loaded, the fills' tiles laid out again), and to the idle after it. Plain JS, as
 * the page runs it.
 */
const ARM_LAYER_ON = `(() => {
  const layer = ${JSON.stringify(THEME_SYMBOL_LAYER)};
  const map = window.__atlasMap;
  const afterTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  let t0 = null;
  const record = (e) => {
    if (t0 === null && e.isTrusted) t0 = e.timeStamp;
  };
  window.addEventListener('click', record, true);
  window.__bench.pending = new Promise((resolve, reject) => {
    let drawn = null;
    const onRender = () => {
      if (t0 === null || drawn !== null) return;
      if (map.getLayer(layer) && map.isSourceLoaded(layer) && map.areTilesLoaded()) afterTask().then((t) => (drawn ??= t));
    };
    // The map may go idle with the new fills before the symbols' code has loaded: that idle is not the end.
    const onIdle = () => {
      if (t0 === null || !map.getLayer(layer) || !map.isSourceLoaded(layer)) return;
      stop();
      afterTask().then((tIdle) => resolve({ repaint: (drawn ?? tIdle) - t0, idle: tIdle - t0 }));
    };
    const stop = () => {
      clearTimeout(timer);
      map.off('render', onRender);
      map.off('idle', onIdle);
      window.removeEventListener('click', record, true);
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error('timeout: theme symbols'));
    }, 15000);
    map.on('render', onRender);
    map.on('idle', onIdle);
  });
})()`;

/**
 * Turns a layer on (the symbols drawn), then off again, for each theme: the first time in the page,
 * so the symbols' code is fetched by the first click as it is for a user. `settle` waits for a quiet page.
 */
export async function themeLayerOn(page: Page, settle: (page: Page) => Promise<void>, themes = ['sig', 'habitat']): Promise<LayerOnTiming[]> {
  const timings: LayerOnTiming[] = [];
  for (const theme of themes) {
    const toggle = page.locator(`input[data-theme="${theme}"]`);
    await toggle.scrollIntoViewIfNeeded();
    await toggle.hover();
    await settle(page);
    await page.evaluate(ARM_LAYER_ON);
    await toggle.click();
    timings.push((await page.evaluate('window.__bench.pending')) as LayerOnTiming);
    await toggle.click();
    await page.waitForFunction((layer) => !(window as any).__atlasMap.getLayer(layer), THEME_SYMBOL_LAYER);
  }
  return timings;
}
