import { writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { SHOT_DIR } from './app';
import { differingShare } from './pixel-diff';

// index.html's map shell: the overview in its colours, drawn by the page's inline script before the
// app's script has run, where the app's map will be, and replaced by the app's first paint without a
// visible change.

const ENTRY_SCRIPT = /\/assets\/index-[\w-]+\.js$/;
const MAPLIBRE_CHUNK = /\/assets\/maplibre-[\w-]+\.js$/;

/** The page as it is before the app's script has run: that script never arrives. */
async function withoutScript(page: Page, url: string) {
  await page.route(ENTRY_SCRIPT, (route) => route.abort('internetdisconnected'));
  await page.goto(url);
}

const rectOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

describe.runIf(browserTestsEnabled())('the map shell', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  for (const [layout, width, height] of [
    ['a laptop', 1366, 800],
    ['a narrow window, its header on two rows', 900, 700],
    ['a phone', 390, 844],
  ] as const) {
    it(`shows the 33 territories before any script, in the box the map will have: ${layout}`, async () => {
      const { page: bare } = await session.freshPage(width, height);
      const refused: string[] = [];
      bare.on('console', (m) => /Content Security Policy/i.test(m.text()) && refused.push(m.text()));
      await withoutScript(bare, baseUrl);
      const shell = bare.locator('#map-shell');
      await expect(shell.isVisible()).resolves.toBe(true);
      await expect(shell.locator('canvas').getAttribute('data-territories')).resolves.toBe('33');
      const shellBox = await rectOf(bare, '#map-shell');
      // Drawn by the page's inline script, which the policy allows by its hash.
      expect(refused).toEqual([]);

      const { page } = await session.freshPage(width, height);
      await page.goto(baseUrl);
      await page.locator('.first-paint canvas[data-territories="33"]').waitFor();
      expect(shellBox).toEqual(await rectOf(page, 'main.map-area'));
    });
  }

  it('gives way to the first paint with no visible change but the names', async () => {
    const { page: bare } = await session.freshPage(1366, 800);
    await withoutScript(bare, baseUrl);
    const clip = await rectOf(bare, '#map-shell');
    const shell = await bare.screenshot({ clip });
    writeFileSync(`${SHOT_DIR}/map-shell.png`, shell);

    const { page, errors } = await session.freshPage(1366, 800);
    // MapLibre never arrives: the first paint stays.
    await page.route(MAPLIBRE_CHUNK, () => {});
    await page.goto(baseUrl);
    await page.locator('.first-paint canvas[data-territories="33"]').waitFor();
    // Taken off in the task after the frame that showed the canvas.
    await page.locator('#map-shell').waitFor({ state: 'detached' });
    // What the shell has not: the names, and the controls over the map.
    await page.evaluate(() => {
      for (const e of document.querySelectorAll<HTMLElement>('.first-paint .map-labels, main.map-area > :not(.first-paint)')) e.style.visibility = 'hidden';
    });
    const painted = await page.screenshot({ clip });
    writeFileSync(`${SHOT_DIR}/map-shell-first-paint.png`, painted);
    const share = await differingShare(page, shell, painted, 32);
    console.log(`shell → first paint: ${(share * 100).toFixed(2)} % of pixels differ beyond 32/255`);
    expect(share).toBeLessThanOrEqual(0.02);
    expect(errors).toEqual([]);
  });

  it('is taken over by the first paint, which shows its drawing under the names rather than drawing the map again', async () => {
    const { page, errors } = await session.freshPage(1366, 800);
    // The shell's canvas, marked as the page's inline script makes it.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const canvas = document.querySelector('#map-shell canvas');
        if (!canvas) return;
        canvas.setAttribute('data-made-by', 'shell');
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.route(MAPLIBRE_CHUNK, () => {});
    await page.goto(baseUrl);
    await page.locator('.first-paint .map-label').first().waitFor();
    await expect(page.locator('#map-shell').count()).resolves.toBe(0);
    await expect(page.locator('.first-paint canvas').count()).resolves.toBe(1);
    await expect(page.locator('.first-paint canvas').getAttribute('data-made-by')).resolves.toBe('shell');
    // The canvas covers the map's box exactly.
    expect(await rectOf(page, '.first-paint canvas')).toEqual(await rectOf(page, 'main.map-area'));
    expect(errors).toEqual([]);
  });

  it('is drawn again by the first paint when the window was resized before the app ran', async () => {
    const { page, errors } = await session.freshPage(1366, 800);
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    await page.route(ENTRY_SCRIPT, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await page.locator('#map-shell canvas[data-territories="33"]').waitFor();
    await page.setViewportSize({ width: 1100, height: 700 });
    release();
    await page.locator('.first-paint canvas[data-territories="33"]').waitFor();
    // Drawn for the box as it is now, not the shell's drawing stretched to it.
    const box = await rectOf(page, 'main.map-area');
    const drawn = await page.locator('.first-paint canvas').evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
    expect(drawn).toEqual([box.width, box.height]);
    await page.locator('#map-shell').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  for (const [what, address] of [
    ['a link with a view', '#mode=type'],
    ['an embedded map', '?embed=1'],
  ] as const) {
    it(`is not shown for ${what}, which it was not drawn for`, async () => {
      const { page } = await session.freshPage(1366, 800);
      await withoutScript(page, baseUrl + address);
      await expect(page.locator('#map-shell').count()).resolves.toBe(0);
    });
  }

  it('is not shown where MapLibre would not open on the region fitted: a box much wider than high', async () => {
    const { page } = await session.freshPage(2600, 700);
    await withoutScript(page, baseUrl);
    await expect(page.locator('#map-shell').count()).resolves.toBe(0);
  });

  it('leaves the message in view when the data cannot load', async () => {
    const { page } = await session.freshPage(1366, 800);
    await page.route(/\/assets\/practices-[\w-]+\.json$/, (route) => route.abort('internetdisconnected'));
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Réessayer' }).waitFor();
    await expect(page.locator('#map-shell').count()).resolves.toBe(0);
    await expect(page.getByRole('alert').isVisible()).resolves.toBe(true);
  });
});
