import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { SHOT_DIR, waitForMapIdle } from './app';
import { differingShare } from './pixel-diff';

// The first paint (the SVG map's drawing on a 2D canvas) is on screen as soon as the data is, and
// MapLibre's canvas takes its place at its first frame without a visible jump.

const MAPLIBRE_CHUNK = /\/assets\/maplibre-[\w-]+\.js$/;

/** The bench's own page scripts: they mark the first paint's frame and MapLibre's first full frame, and sum the layout shifts. */
const RECORDERS = ['scripts/bench/in-page.js', 'scripts/bench/first-pixels.js'];

interface Seen {
  /** ms to the frame that showed the first paint's 33 territories. */
  firstPaint: number | null;
  /** ms to MapLibre's first frame with every tile. */
  canvasFrame: number | null;
  shifts: number;
  /** The elements that moved, for the failure message. */
  shifted: string[];
}
const seen = (page: Page): Promise<Seen> =>
  page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const w = window as unknown as { __benchLayoutShift: number; __benchLayoutShifted: string[] };
    return { firstPaint: mark('bench:first-pixels-svg'), canvasFrame: mark('bench:first-pixels-canvas'), shifts: w.__benchLayoutShift, shifted: w.__benchLayoutShifted };
  });

async function recording(page: Page) {
  for (const path of RECORDERS) await page.addInitScript({ path });
}

/**
 * The app served again, MapLibre's script held until `release` is called: the page shows what it
 * draws without it. A server of its own rather than Playwright's request interception, under which
 * MapLibre's module worker sometimes failed to load.
 */
async function holdingMapLibre(base: string) {
  let release!: () => void;
  const released = new Promise<void>((ok) => (release = ok));
  const server = createServer(async (req, res) => {
    if (MAPLIBRE_CHUNK.test(req.url ?? '')) await released;
    const upstream = await fetch(new URL(req.url ?? '/', base));
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, release, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** The map's box, inside the corners where MapLibre puts its controls, scale and credits, which the first paint has not. */
async function mapClip(page: Page, inset: { side: number; bottom: number }) {
  const box = (await page.locator('main.map-area').boundingBox())!;
  return { x: box.x + inset.side, y: box.y + inset.side, width: box.width - 2 * inset.side, height: box.height - inset.side - inset.bottom };
}

describe.runIf(browserTestsEnabled())('the first paint', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  it('draws the 33 territories before the WebGL canvas draws, with no layout shift', async () => {
    const { page, errors } = await session.freshPage(1366, 800);
    await recording(page);
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    await page.waitForFunction(() => performance.getEntriesByName('bench:first-pixels-canvas').length > 0);
    const s = await seen(page);
    expect(s.firstPaint).not.toBeNull();
    expect(s.canvasFrame).not.toBeNull();
    expect(s.firstPaint!).toBeLessThan(s.canvasFrame!);
    // Handed over: the first paint is gone once MapLibre's canvas shows the territories, and that one is shown.
    await expect(page.locator('.first-paint').count()).resolves.toBe(0);
    await expect(page.locator('.maplibregl-canvas').isVisible()).resolves.toBe(true);
    expect(s.shifts, s.shifted.join('\n')).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps the layout still when a link opens a territory', async () => {
    const { page } = await session.freshPage(1366, 800);
    await recording(page);
    await page.goto(`${baseUrl}#t=pays-mellois&themes=sig`);
    await waitForMapIdle(page);
    await page.locator('aside h2').waitFor();
    await page.waitForTimeout(500);
    const s = await seen(page);
    expect(s.shifts, s.shifted.join('\n')).toBe(0);
  });

  it('keeps the layout still on a phone, as the header’s menu arrives after the page', async () => {
    const { page } = await session.freshPage(390, 844);
    await recording(page);
    await page.goto(baseUrl);
    await waitForMapIdle(page);
    await page.locator('.header-menu').waitFor();
    await page.waitForTimeout(300);
    const s = await seen(page);
    expect(s.shifts, s.shifted.join('\n')).toBe(0);
  });

  for (const [what, hash, [width, height], inset] of [
    ['the region fitted', '', [1366, 800], { side: 48, bottom: 48 }],
    ['a link with a mode, a filter and a camera', '#mode=type&statuts=en-place&map=7.4/46.25/-0.35', [1366, 800], { side: 48, bottom: 48 }],
    // The phone's names are smaller, and those without room become callouts: the same on both.
    ['a phone', '', [390, 844], { side: 48, bottom: 90 }],
  ] as const) {
    it(`hands over to the canvas without a visible jump: ${what}`, async () => {
      const { page, errors } = await session.freshPage(width, height);
      const held = await holdingMapLibre(baseUrl);
      onTestFinished(() => held.close());
      await page.goto(held.url + hash);
      await page.locator('.first-paint canvas[data-territories="33"]').waitFor();
      await expect(page.locator('.maplibregl-canvas').count()).resolves.toBe(0);
      // The labels placed, the fonts loaded: what a user sees.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const clip = await mapClip(page, inset);
      const before = await page.screenshot({ clip });
      held.release();
      await waitForMapIdle(page);
      await page.locator('.first-paint').waitFor({ state: 'detached' });
      await page.mouse.move(0, 0);
      const after = await page.screenshot({ clip });
      const name = what.replaceAll(' ', '-').replaceAll(',', '');
      await page.screenshot({ path: `${SHOT_DIR}/handover-after-${name}.png` });
      writeFileSync(`${SHOT_DIR}/handover-before-${name}.png`, before);
      const share = await differingShare(page, before, after, 32);
      console.log(`handover, ${what}: ${(share * 100).toFixed(2)} % of pixels differ beyond 32/255`);
      expect(share).toBeLessThanOrEqual(0.02);
      expect(errors).toEqual([]);
    });
  }

  // At the plain address MapLibre's code is asked for as the page starts, under the shell: its
  // failure is said once, by the map.
  for (const [what, address] of [
    ['a link with a view', '#themes=sig'],
    ['the plain address', ''],
  ] as const) {
    it(`gives way to the SVG map, saying why, when MapLibre’s code does not arrive: ${what}`, async () => {
      const { page } = await session.freshPage(1366, 800);
      const uncaught: string[] = [];
      page.on('pageerror', (e) => uncaught.push(e.message));
      // A rejected promise left unhandled is only said in the console.
      page.on('console', (m) => m.type() === 'error' && /uncaught/i.test(m.text()) && uncaught.push(m.text()));
      await page.route(MAPLIBRE_CHUNK, (route) => route.abort('internetdisconnected'));
      await page.goto(baseUrl + address);
      const svg = page.locator('main .svg-map');
      await svg.locator('path.territory').first().waitFor();
      await expect(svg.locator('path.territory').count()).resolves.toBe(33);
      await expect(page.locator('main [role="status"]').textContent()).resolves.toContain("Le code de la carte n'a pas pu être téléchargé");
      await expect(page.locator('.first-paint').count()).resolves.toBe(0);
      // The map still answers: a click opens a territory.
      await svg.locator('path.territory[data-territory="pays-mellois"]').click();
      await expect(page.locator('aside h2').textContent()).resolves.toBe('Pays Mellois');
      expect(uncaught).toEqual([]);
    });
  }
});
