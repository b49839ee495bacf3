import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { interiorPoint, SHOT_DIR, waitForMapIdle } from './app';
import { atlasGeometry } from '../../src/lib/atlas-geometry';
import { openingCamera, project } from '../../src/lib/svg-map/camera';
import { MAP_COLORS } from '../../src/lib/palette';

// Locked-down office machines often have no GPU and WebGL switched off: the atlas must still show
// its map there, drawn in SVG, with the table one click away.

interface T {
  id: string;
  name: string;
  practices: { column: string; status: string; themes: string[] }[];
}
const dataset = JSON.parse(readFileSync('data/practices.json', 'utf8')) as { territories: T[] };
const territory = (id: string) => dataset.territories.find((t) => t.id === id)!;
const region = atlasGeometry(JSON.parse(readFileSync('geo/overview.topojson', 'utf8')), 'geo/overview.topojson').bounds;

/** What a browser without WebGL answers: no context of either version. */
const NO_WEBGL = `(() => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    return type === 'webgl' || type === 'webgl2' ? null : getContext.call(this, type, ...rest);
  };
})();`;

describe.runIf(browserTestsEnabled())('without WebGL', () => {
  let page: Page;
  const session = chromiumSession();
  const baseUrl = inject('baseUrl');
  const errors: string[] = [];
  const svgMap = () => page.locator('main .svg-map');
  const territoryPath = (id: string) => svgMap().locator(`path.territory[data-territory="${id}"]`);
  const table = () => page.locator('main section[aria-labelledby="table-title"]');
  const row = (id: string) => table().locator(`tr:has(button[data-territory="${id}"])`);

  async function open(width: number, height: number, hash = '') {
    const fresh = await session.freshPage(width, height);
    page = fresh.page;
    await page.addInitScript(NO_WEBGL);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(baseUrl + hash);
    await svgMap().locator('path.territory').first().waitFor();
  }

  /** Page px of a territory's label point on the SVG map, at its opening camera. */
  async function pointOf(id: string) {
    const box = (await svgMap().boundingBox())!;
    const size = { width: box.width, height: box.height };
    const [x, y] = project(openingCamera(region, size), size, interiorPoint(id));
    return { x: box.x + x, y: box.y + y };
  }

  it('says in French that WebGL is missing, and draws every territory in SVG in the main area', async () => {
    await open(1366, 800);
    const gl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
    });
    expect(gl).toBe(false);
    await expect(page.locator('.maplibregl-canvas').count()).resolves.toBe(0);
    const status = page.locator('main [role="status"]');
    await expect(status.textContent()).resolves.toContain('WebGL indisponible');
    await expect(status.textContent()).resolves.toContain('carte simplifiée');
    await expect(svgMap().locator('path.territory').count()).resolves.toBe(33);
    await expect(territoryPath('pays-mellois').isVisible()).resolves.toBe(true);
    const box = (await svgMap().boundingBox())!;
    expect(box.x).toBeGreaterThan(250); // beside the sidebar, not in it
    expect(box.width).toBeGreaterThan(900);
    expect(box.height).toBeGreaterThan(500);
  });

  it('names the territory under the pointer, and opens Pays Mellois on a click', async () => {
    const at = await pointOf('pays-mellois');
    await page.mouse.move(at.x, at.y);
    await expect(page.locator('[role="tooltip"]').textContent()).resolves.toContain(territory('pays-mellois').name);
    await page.mouse.click(at.x, at.y);
    const panel = page.locator('aside');
    await expect(panel.locator('h2').textContent()).resolves.toBe(territory('pays-mellois').name);
    await expect(panel.locator('li.practice').count()).resolves.toBe(territory('pays-mellois').practices.length);
    await expect.poll(() => page.url(), { timeout: 5000 }).toContain('t=pays-mellois');
    await expect(territoryPath('pays-mellois').getAttribute('aria-current')).resolves.toBe('true');
    await panel.getByRole('button', { name: 'Fermer le panneau' }).click();
    await expect(panel.count()).resolves.toBe(0);
  });

  it('reaches the territories with Tab and opens one with Enter', async () => {
    await page.getByRole('button', { name: 'Tableau' }).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-territory') ?? null);
    expect(focused).not.toBeNull();
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Enter');
    await expect(page.locator('aside h2').textContent()).resolves.toBe(name);
    await page.keyboard.press('Escape');
    await expect(page.locator('aside').count()).resolves.toBe(0);
    // Every territory is a stop of its own.
    const stops = await svgMap().locator('path.territory[tabindex="0"]').count();
    expect(stops).toBe(33);
  });

  it('shows a theme layer as pictograms where the theme has practices, and follows the filters', async () => {
    await page.locator('input[data-theme="sig"]').check();
    const withSig = dataset.territories.filter((t) => t.practices.some((p) => p.themes.includes('sig')));
    const uses = svgMap().locator('use[href="#svg-pictogram-sig"]');
    await expect.poll(() => uses.count()).toBe(withSig.length);
    await expect(svgMap().locator('symbol#svg-pictogram-sig path').count()).resolves.toBe(1);
    await expect.poll(() => page.url(), { timeout: 5000 }).toContain('themes=sig');
    const inPlace = withSig.filter((t) => t.practices.some((p) => p.themes.includes('sig') && p.status === 'en-place'));
    await page.getByText('En place seulement').click();
    await expect.poll(() => uses.count()).toBe(inPlace.length);
    await page.getByText('En place seulement').click();
    await page.screenshot({ path: `${SHOT_DIR}/no-webgl-sig.png` });
    await page.locator('input[data-theme="sig"]').uncheck();
    await expect.poll(() => uses.count()).toBe(0);
  });

  it('zooms with its buttons and the wheel, and pans on a drag', async () => {
    const label = page.locator('main .svg-map .map-label[data-territory="pays-mellois"]');
    const scale = () => svgMap().locator('svg > g[transform]').getAttribute('transform');
    const before = await scale();
    await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
    const zoomed = await scale();
    expect(zoomed).not.toBe(before);
    const factor = (t: string | null) => Number(/scale\(([\d.e+-]+)/.exec(t ?? '')?.[1]);
    expect(factor(zoomed) / factor(before)).toBeCloseTo(2, 5);
    await page.getByRole('button', { name: 'Dézoomer' }).click();
    expect(factor(await scale()) / factor(before)).toBeCloseTo(1, 5);

    const box = (await svgMap().boundingBox())!;
    const from = await label.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    const to = await label.boundingBox();
    expect(to!.x - from!.x).toBeCloseTo(60, 0);
    expect(to!.y - from!.y).toBeCloseTo(40, 0);
    await expect(page.locator('aside').count()).resolves.toBe(0); // a drag is not a click

    await page.mouse.wheel(0, -200);
    await expect.poll(async () => factor(await scale()) / factor(before)).toBeGreaterThan(1.5);
  });

  it('keeps the table one click away, with the filters working on it', async () => {
    await page.getByRole('button', { name: 'Tableau' }).click();
    await table().waitFor();
    await expect(table().locator('tbody tr:has(button)').count()).resolves.toBe(33);
    await expect(row('pays-mellois').locator('td').first().textContent()).resolves.toBe(String(territory('pays-mellois').practices.length));
    const inPlace = (id: string) => territory(id).practices.filter((p) => p.status === 'en-place').length;
    await page.getByText('En place seulement').click();
    await expect(row('pays-mellois').locator('td').first().textContent()).resolves.toBe(String(inPlace('pays-mellois')));
    await page.getByText('En place seulement').click();
    await row('pays-thouarsais').locator('button').click();
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('pays-thouarsais').name);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Tableau' }).click();
    await svgMap().locator('path.territory').first().waitFor();
    await expect(svgMap().locator('path.territory').count()).resolves.toBe(33);
  });

  it('keeps search and the exports other than the picture of the map', async () => {
    const search = page.locator('input[type="search"]');
    await search.fill('Thouarsais');
    await expect.poll(() => page.locator('[role="option"]').first().textContent()).toContain('Thouarsais');
    await search.press('Enter');
    await expect.poll(() => page.locator('aside h2').textContent()).toBe(territory('pays-thouarsais').name);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const exportMenu = page.locator('details.export');
    await exportMenu.locator('summary').click();
    const buttons = await exportMenu.locator('button').allTextContents();
    expect(buttons.some((b) => /CSV/.test(b))).toBe(true);
    expect(buttons.some((b) => /PNG/.test(b))).toBe(false);
  });

  it('opens a shared link with three themes, a comparison and a territory, as the WebGL map shows them', async () => {
    await open(1440, 900, '#t=pays-gatine&themes=sig,habitat,lecture-publique&cmp=pays-mellois,pays-thouarsais');
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('pays-gatine').name);
    await expect.poll(() => svgMap().locator('use').count()).toBeGreaterThan(10);
    for (const theme of ['sig', 'habitat', 'lecture-publique']) {
      await expect(svgMap().locator(`use[href="#svg-pictogram-${theme}"]`).count()).resolves.toBeGreaterThan(0);
    }
    // The compared territories outlined in the comparison's colour, as on the WebGL map.
    await expect(svgMap().locator(`path[stroke="${MAP_COLORS.compared}"]`).count()).resolves.toBe(2);
    await expect(territoryPath('pays-gatine').getAttribute('aria-current')).resolves.toBe('true');
    // Each carries its matrix column's letter on its name.
    await expect(svgMap().locator('.map-label[data-territory="pays-mellois"] .map-label-key').textContent()).resolves.toBe('A');
    await expect(svgMap().locator('.map-label[data-territory="pays-thouarsais"] .map-label-key').textContent()).resolves.toBe('B');
    await page.screenshot({ path: `${SHOT_DIR}/no-webgl-three-themes.png` });
  });

  it('puts the map in the main area on a phone too, with the panel as a bottom sheet', async () => {
    await open(390, 780, '#t=pays-gatine');
    const box = (await svgMap().boundingBox())!;
    expect(box.x).toBeLessThan(40);
    expect(box.width).toBeGreaterThan(330);
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('pays-gatine').name);
    await page.screenshot({ path: `${SHOT_DIR}/no-webgl-phone.png` });
    expect(errors).toEqual([]);
  });
});

describe.runIf(browserTestsEnabled())('when the WebGL context is lost', () => {
  const session = chromiumSession();
  const baseUrl = inject('baseUrl');

  it('puts the SVG map in the canvas’s place when the WebGL context is lost', async () => {
    const { page, errors } = await session.freshPage(1366, 800);
    await page.goto(`${baseUrl}#themes=sig`);
    await waitForMapIdle(page);
    await page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const gl = map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl');
      gl!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    const svg = page.locator('main .svg-map');
    await svg.locator('path.territory').first().waitFor();
    await expect(svg.locator('path.territory').count()).resolves.toBe(33);
    await expect(page.locator('main [role="status"]').textContent()).resolves.toContain('perdu son contexte');
    await expect(page.locator('.maplibregl-canvas').count()).resolves.toBe(0);
    await expect.poll(() => svg.locator('use[href="#svg-pictogram-sig"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
