/**
 * The theme layers' two bench lines: a layer turned on until its symbols are drawn, and a cold load
 * of a link with three layers until the map is idle with their symbols.
 */
import type { Page } from 'playwright-core';
import { THEME_SYMBOL_SOURCE, themeSymbolLayerId } from '../../src/map/theme-symbol-style';

/** The link users share most: the three layers they ask for. */
export const THREE_LAYERS_HASH = '#themes=sig,habitat,lecture-publique';

const LAYERS_IDLE = 'bench:layers-idle';

/** The symbols are shown: the layer of that theme's pictograms visible, the source laid out. Plain JS, for the page. */
const shownScript = (theme: string) => `((map) => {
  const layer = ${JSON.stringify(themeSymbolLayerId(theme, 'pictogram'))};
  return map.getLayer(layer) !== undefined && map.getPaintProperty(layer, 'icon-opacity') === 1 && map.isSourceLoaded(${JSON.stringify(THEME_SYMBOL_SOURCE)});
})`;

/**
 * Injected before the page's scripts, after in-page.js: marks the first map idle with the first theme's
 * symbols shown (they are loaded lazily, so that idle may come after the map's first one). It listens
 * from the map's creation, through in-page.js's hook.
 */
export const LAYERS_IDLE_SCRIPT = `(() => {
  const shown = ${shownScript('sig')};
  const hook = Object.getOwnPropertyDescriptor(window, '__atlasMap');
  Object.defineProperty(window, '__atlasMap', {
    configurable: true,
    get: hook.get,
    set: (map) => {
      hook.set(map);
      const check = () => {
        if (!shown(map)) return;
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
 * Arms the page: from the next trusted click to the frame that draws the theme's symbols (its layer
 * shown, the symbols' source loaded, every tile of the map loaded), and to the idle after it. Plain JS,
 * as the page runs it.
 */
const armLayerOn = (theme: string) => `(() => {
  const shown = ${shownScript(theme)};
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
      if (shown(map) && map.areTilesLoaded()) afterTask().then((t) => (drawn ??= t));
    };
    // The map may go idle with the new fills before the symbols are shown: that idle is not the end.
    const onIdle = () => {
      if (t0 === null || !shown(map)) return;
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
 * after the page has settled as a user's would have (the layers laid out hidden once the map was idle).
 * `settle` waits for a quiet page.
 */
export async function themeLayerOn(page: Page, settle: (page: Page) => Promise<void>, themes = ['sig', 'habitat']): Promise<LayerOnTiming[]> {
  const timings: LayerOnTiming[] = [];
  for (const theme of themes) {
    const toggle = page.locator(`input[data-theme="${theme}"]`);
    await toggle.scrollIntoViewIfNeeded();
    await toggle.hover();
    await settle(page);
    await page.evaluate(armLayerOn(theme));
    await toggle.click();
    timings.push((await page.evaluate('window.__bench.pending')) as LayerOnTiming);
    await toggle.click();
    await page.waitForFunction(`!${shownScript(theme)}(window.__atlasMap)`);
  }
  return timings;
}
