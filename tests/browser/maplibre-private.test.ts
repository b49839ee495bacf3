import { describe, expect, inject, it } from 'vitest';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { openApp } from './app';

/**
 * What the app reaches inside MapLibre and what it shows to the outside: the private field that
 * keeps a click from repainting the map (src/map/pan-on-drag.ts), and the map handle the tests use.
 */
describe.runIf(browserTestsEnabled())('MapLibre private field and the test handle', () => {
  const session = chromiumSession();
  const baseUrl = inject('baseUrl');

  it('finds the installed MapLibre mouse pan handler with the field it sets, and says nothing', async () => {
    const { page, errors } = await session.freshPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await openApp(page, baseUrl);
    const field = await page.evaluate(() => {
      const map = (window as any).__atlasMap;
      const handler = map._handlers?._handlersById?.mousePan;
      return handler ? { has: '_activateOnStart' in handler, value: handler._activateOnStart } : null;
    });
    // A MapLibre that renamed the field fails here: see pan-on-drag.ts before upgrading.
    expect(field).toEqual({ has: true, value: false });
    expect(warnings.filter((w) => w.includes('_activateOnStart'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('gives no handle on the map to a page that did not ask for one', async () => {
    const { page, errors } = await session.freshPage();
    // A page of its own, without the flag the session's pages set.
    const plain = await page.context().browser()!.newPage({ viewport: { width: 1366, height: 800 } });
    try {
      await plain.goto(baseUrl + '#t=pays-mellois');
      // The labels are drawn once the map has loaded.
      await plain.locator('.map-labels [data-territory="pays-mellois"]').waitFor({ state: 'attached' });
      await plain.locator('.panel-slot').waitFor();
      expect(await plain.evaluate(() => '__atlasMap' in window)).toBe(false);
    } finally {
      await plain.close();
    }
    expect(errors).toEqual([]);
  });
});
