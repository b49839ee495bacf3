import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { colourAt, interiorPoint, openApp, pixelOf, saturation, SHOT_DIR, territoryProperties, waitForDeferredMapWork, waitForMapIdle } from './app';

interface P {
  id: string;
  column: string;
  text: string;
  themes: string[];
  why: { status: string };
}
interface T {
  id: string;
  name: string;
  practices: P[];
}
const dataset = JSON.parse(readFileSync('data/practices.json', 'utf8')) as { territories: T[] };
const territory = (id: string) => dataset.territories.find((t) => t.id === id)!;

/** Positions in a GeoJSON geometry's coordinates, however nested. */
const positions = (coordinates: unknown): number =>
  Array.isArray(coordinates) ? (typeof coordinates[0] === 'number' ? 1 : coordinates.reduce((n: number, c) => n + positions(c), 0)) : 0;
/** Positions of a territory in a committed geometry file, as the app decodes it. */
function pointsIn(file: string, id: string): number {
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const { features } = feature(topology, topology.objects.territories) as FeatureCollection;
  return positions((features.find((f) => f.id === id)!.geometry as { coordinates: unknown }).coordinates);
}

describe.runIf(browserTestsEnabled())('the map in Chromium', () => {
  let page: Page;
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  /** Territories the map draws in an outline layer, once that layer shows `expected`. */
  async function outlined(layer: string, expected: string[]) {
    await page.waitForFunction(
      ([l, e]) => {
        const map = (window as any).__atlasMap;
        const ids = [...new Set(map.queryRenderedFeatures({ layers: [l] }).map((f: any) => f.properties.id))].sort();
        return JSON.stringify(ids) === JSON.stringify(e);
      },
      [layer, [...expected].sort()] as const,
      { timeout: 10_000 },
    );
  }

  async function freshPage(width = 1366, height = 800) {
    const fresh = await session.freshPage(width, height);
    page = fresh.page;
    return fresh.errors;
  }

  it('opens on Poitou-Charentes with the 33 territories listed', async () => {
    const errors = await freshPage();
    await openApp(page, baseUrl);
    // The list is built once the map has drawn.
    await expect.poll(() => page.locator('nav[aria-label="Liste des territoires enquêtés"] li').count()).toBe(33);
    const zoom = await page.evaluate(() => (window as any).__atlasMap.getZoom());
    expect(zoom).toBeGreaterThan(6.5);
    expect(zoom).toBeLessThan(9);
    await page.screenshot({ path: `${SHOT_DIR}/map-initial.png` });
    expect(errors).toEqual([]);

    // The names are drawn over the map, near their territory's label point, without overlapping.
    const labels = await page.locator('.map-labels [data-territory]').evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).style.visibility !== 'hidden')
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { id: el.getAttribute('data-territory')!, text: el.textContent!, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
    );
    expect(labels.length).toBeGreaterThanOrEqual(30);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
      const anchor = await pixelOf(page, interiorPoint(a.id));
      const near = anchor.x >= a.left - 120 && anchor.x <= a.right + 120 && anchor.y >= a.top - 60 && anchor.y <= a.bottom + 60;
      expect(near, a.id).toBe(true);
    }
    expect(labels.find((l) => l.id === 'pays-ile-de-re')?.text).toContain("pas d'information");
  });

  it('keeps the drawing buffer it opened with, and resizes the map when its area changes size', async () => {
    const errors = await freshPage();
    await page.addInitScript(() => {
      let map: { on: (e: string, f: () => void) => void } | null = null;
      const w = window as unknown as { __atlasMap: unknown; __resizes: number };
      w.__resizes = 0;
      Object.defineProperty(window, '__atlasMap', {
        configurable: true,
        get: () => map,
        set: (m) => {
          map = m;
          m.on('resize', () => w.__resizes++);
        },
      });
    });
    await openApp(page, baseUrl);
    await page.waitForTimeout(300); // the resize, when there was one, came a task after the map
    // Resizing reallocates the canvas's WebGL buffer: during the load, for nothing.
    expect(await page.evaluate(() => (window as any).__resizes)).toBe(0);
    await page.setViewportSize({ width: 1200, height: 700 });
    await page.waitForFunction(() => (window as any).__resizes === 1);
    const sizes = await page.evaluate(() => {
      const map = (window as any).__atlasMap;
      const box = map.getContainer().getBoundingClientRect();
      return { canvas: [map.getCanvas().clientWidth, map.getCanvas().clientHeight], area: [Math.round(box.width), Math.round(box.height)] };
    });
    expect(sizes.canvas).toEqual(sizes.area);
    expect(errors).toEqual([]);
  });

  it('keeps every name on its territory after a theme changes the names and the map moves', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    const points = Object.fromEntries(dataset.territories.map((t) => [t.id, interiorPoint(t.id)]));
    // Each shown name is centred on its territory's point, or just beside it (half its size away).
    const misplaced = () =>
      page.evaluate((pts) => {
        const map = (window as any).__atlasMap;
        const box = map.getContainer().getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.map-labels [data-territory]')]
          .filter((el) => el.style.visibility !== 'hidden')
          .filter((el) => {
            const r = el.getBoundingClientRect();
            const p = map.project(pts[el.dataset.territory!]);
            const dx = Math.abs(r.left + r.width / 2 - box.left - p.x);
            const dy = Math.abs(r.top + r.height / 2 - box.top - p.y);
            return dx > r.width / 2 + 4 || dy > r.height / 2 + 4;
          })
          .map((el) => el.dataset.territory);
      }, points);
    await expect(misplaced()).resolves.toEqual([]);
    await page.locator('input[data-theme="sig"]').click();
    await waitForMapIdle(page);
    await page.evaluate(() => (window as any).__atlasMap.panBy([-120, -60], { duration: 0 }));
    await expect(misplaced()).resolves.toEqual([]);
    await page.locator('label:has(> input[name="mode"][value="type"])').click();
    await page.evaluate(() => (window as any).__atlasMap.panBy([80, 40], { duration: 0 }));
    await expect(misplaced()).resolves.toEqual([]);
  });

  it('opens the panel of the territory clicked on the canvas, with its practices', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    const mellois = territory('pays-mellois');
    await page.mouse.click(...Object.values(await pixelOf(page, interiorPoint('pays-mellois'))) as [number, number]);
    const panel = page.locator('aside');
    await expect(panel.locator('h2').textContent()).resolves.toBe(mellois.name);
    const rh = panel.locator('section:has(h3:has-text("Ressources humaines")) li.practice');
    const moyens = panel.locator('section:has(h3:has-text("Moyens, outils, matériel")) li.practice');
    expect(await rh.count()).toBe(mellois.practices.filter((p) => p.column === 'rh').length);
    expect(await moyens.count()).toBe(mellois.practices.filter((p) => p.column === 'moyens').length);
    await expect(panel.textContent()).resolves.toContain('piscines');
    await expect.poll(() => page.url()).toContain('t=pays-mellois');
    // The map outlines the selected territory, and only it.
    await outlined('selection-line', ['pays-mellois']);
    await page.screenshot({ path: `${SHOT_DIR}/panel-mellois.png` });
    // Each practice tells, on demand, which rule gave it its status.
    const first = rh.first();
    await first.getByText('Pourquoi ce classement ?').click();
    const firstPractice = mellois.practices.find((p) => p.column === 'rh')!;
    await expect(first.locator('.why li').last().textContent()).resolves.toBe(`Statut : ${firstPractice.why.status}`);
    await page.keyboard.press('Escape');
    await page.locator('aside').waitFor({ state: 'detached' });
    await outlined('selection-line', []);
  });

  it('pans when dragged without opening anything, and shows a clicked territory without repainting the map in that frame', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    const centre = () => page.evaluate(() => (window as any).__atlasMap.getCenter().toArray() as [number, number]);
    const before = await centre();
    const a = await pixelOf(page, interiorPoint('pays-mellois'));
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(a.x - 80, a.y - 50, { steps: 8 });
    await page.mouse.up();
    await waitForMapIdle(page);
    const after = await centre();
    expect(after[0]).toBeGreaterThan(before[0] + 0.1); // dragged west: the map shows what lies east
    expect(after[1]).toBeLessThan(before[1] - 0.05); // dragged north: it shows what lies south
    await expect(page.locator('aside').count()).resolves.toBe(0);

    // A click is a press without a drag: the frame that shows the panel must not also redraw the map.
    const p = await pixelOf(page, interiorPoint('pays-civraisien'));
    await page.mouse.move(p.x, p.y);
    await waitForDeferredMapWork(page);
    await page.evaluate(() => {
      const map = (window as any).__atlasMap;
      (window as any).__rendersWithPanel = new Promise<number>((resolve) => {
        let renders = 0;
        map.on('render', () => renders++);
        const observer = new MutationObserver(() => {
          if (!document.querySelector('aside h2')) return;
          observer.disconnect();
          const atPanel = renders;
          // MapLibre draws in its animation-frame callback: the one of the frame that shows the panel.
          requestAnimationFrame(() => setTimeout(() => resolve(renders - atPanel)));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    });
    await page.mouse.down();
    await page.mouse.up();
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('pays-civraisien').name);
    await expect(page.evaluate(() => (window as any).__rendersWithPanel)).resolves.toBe(0);
  });

  it('picks the agglomération nested in a pays, and the pays outside it', async () => {
    await freshPage();
    await openApp(page, baseUrl, '#map=9.5/45.95/-0.95');
    await page.mouse.click(...Object.values(await pixelOf(page, interiorPoint('ca-pays-rochefortais'))) as [number, number]);
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('ca-pays-rochefortais').name);
    await expect(page.locator('aside').textContent()).resolves.toContain(territory('pays-rochefortais').name);
  });

  it('shows a tooltip with the name and the number of practices on hover', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    const p = await pixelOf(page, interiorPoint('pays-civraisien'));
    await page.mouse.move(p.x, p.y);
    const tip = page.locator('[role="tooltip"]');
    await tip.waitFor();
    const text = await tip.textContent();
    expect(text).toContain('Pays Civraisien');
    expect(text).toContain(`${territory('pays-civraisien').practices.length} pratiques`);
    expect(text).toContain('Thème principal');
    await expect(page.locator('.maplibregl-canvas').evaluate((c) => (c as HTMLElement).style.cursor)).resolves.toBe('pointer');
    // The hovered territory is outlined; moving to another moves the outline, leaving the map clears it.
    await outlined('hover-line', ['pays-civraisien']);
    const q = await pixelOf(page, interiorPoint('pays-mellois'));
    await page.mouse.move(q.x, q.y);
    await outlined('hover-line', ['pays-mellois']);
    await page.mouse.move(5, 400);
    await outlined('hover-line', []);
  });

  it('makes the territories with a SIG practice stand out when the SIG layer is on', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    await page.locator('input[data-theme="sig"]').check();
    await waitForMapIdle(page);
    const withSig = dataset.territories.filter((t) => t.practices.some((p) => p.themes.includes('sig'))).map((t) => t.id);
    const without = dataset.territories.filter((t) => !withSig.includes(t.id)).map((t) => t.id);
    expect(withSig.length).toBeGreaterThan(3);
    const faded = await page.locator('nav[aria-label="Liste des territoires enquêtés"] li.faded button').evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-territory')),
    );
    expect(faded.sort()).toEqual([...without].sort());
    // On the canvas: a SIG territory keeps its colour, a territory without SIG is washed out.
    const sigColour = await colourAt(page, await pixelOf(page, interiorPoint('pays-loudunais')));
    const fadedId = without.find((id) => territoryProperties(id).kind === 'pays' && territory(id).practices.length > 0)!;
    const fadedColour = await colourAt(page, await pixelOf(page, interiorPoint(fadedId)));
    expect(saturation(sigColour)).toBeGreaterThan(saturation(fadedColour) + 0.15);
    await expect.poll(() => page.url()).toContain('themes=sig');
    await page.screenshot({ path: `${SHOT_DIR}/theme-sig.png` });
    // The panel highlights the matching practices.
    await page.locator('button[data-territory="pays-loudunais"]').click();
    await expect(page.locator('aside li.highlighted').count()).resolves.toBe(
      territory('pays-loudunais').practices.filter((p) => p.themes.includes('sig')).length,
    );
  });

  it('isolates a legend class on click and restores all on a second click; « en place seulement » recounts', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    const legendButtons = page.locator('section[aria-labelledby="legend-title"] li button');
    const top = legendButtons.nth((await legendButtons.count()) - 2); // the darkest class, before « pas d'information »
    const inClass = Number(await top.locator('.n').textContent());
    await top.click();
    const list = page.locator('nav[aria-label="Liste des territoires enquêtés"] li');
    await expect(list.locator(':scope:not(.faded)').count()).resolves.toBe(inClass);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SHOT_DIR}/legend-isolated.png` });
    await top.click();
    await expect(page.locator('nav[aria-label="Liste des territoires enquêtés"] li.faded').count()).resolves.toBe(0);

    const aunis = page.locator('button[data-territory="pays-aunis"] .n');
    const before = await aunis.textContent();
    await page.getByLabel('En place seulement').check();
    const after = await aunis.textContent();
    const inPlace = territory('pays-aunis').practices.filter((p) => (p as unknown as { status: string }).status === 'en-place').length;
    expect(after).toBe(`${inPlace} pratique${inPlace > 1 ? 's' : ''}`);
    expect(after).not.toBe(before);
    await expect.poll(() => page.url()).toContain('statuts=en-place');
  });

  it('restores the whole view from a permalink, and Back undoes the last action', async () => {
    await freshPage();
    await openApp(page, baseUrl, '#t=pays-gatine&mode=type&themes=habitat&cmp=pays-gatine,ca-niort&map=8.6/46.5/-0.3');
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('pays-gatine').name);
    await expect(page.locator('input[name="mode"][value="type"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[data-theme="habitat"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('section[aria-labelledby="matrix-title"] thead button.name').count()).resolves.toBe(2);
    const zoom = await page.evaluate(() => (window as any).__atlasMap.getZoom());
    expect(zoom).toBeCloseTo(8.6, 1);
    // While a comparison is open the panel lies over the list: the next territory is chosen on the map.
    await waitForMapIdle(page);
    const mellois = await pixelOf(page, interiorPoint('pays-mellois'));
    await page.mouse.click(mellois.x, mellois.y);
    await expect(page.locator('aside h2').textContent()).resolves.toBe('Pays Mellois');
    // The history records the change once the panel is drawn.
    await expect.poll(() => page.url()).toContain('t=pays-mellois');
    await page.goBack();
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('pays-gatine').name);
    await page.screenshot({ path: `${SHOT_DIR}/permalink.png` });
  });

  it('ignores unknown ids and malformed values in a link', async () => {
    const errors = await freshPage();
    await openApp(page, baseUrl, '#t=<script>&mode=%E0%A4%A&themes=zzz&cmp=,,,&map=abc');
    await expect(page.locator('aside').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('compares a territory with its neighbours, and an island with the nearest territories', async () => {
    await freshPage();
    await openApp(page, baseUrl, '#t=pays-civraisien');
    await page.getByRole('button', { name: 'Comparer avec les voisins' }).click();
    const neighbours = territoryProperties('pays-civraisien').neighbours as string[];
    const columns = page.locator('section[aria-labelledby="matrix-title"] thead button.name');
    await columns.first().waitFor(); // the comparison matrix loads on first use
    await expect(columns.count()).resolves.toBe(Math.min(6, 1 + neighbours.length));
    await waitForMapIdle(page);
    // The map outlines the compared territories, and only them.
    await expect.poll(() => page.url()).toContain('cmp=');
    const cmp = new URL(page.url()).hash.match(/cmp=([^&]+)/)![1];
    await outlined('compared-line', decodeURIComponent(cmp).split(','));
    // The matrix scrolls in its own column, never the page sideways.
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth, x: scrollX }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.x).toBe(0);
    await page.screenshot({ path: `${SHOT_DIR}/compare-civraisien.png` });
    await page.getByRole('button', { name: 'Fermer le panneau' }).click();
    await page.locator('button[data-territory="pays-ile-de-re"]').click();
    await page.getByRole('button', { name: 'Comparer avec les voisins' }).click();
    await expect.poll(() => decodeURIComponent(page.url())).toMatch(/cmp=pays-ile-de-re,[a-z-]+,[a-z-]+,[a-z-]+/);
  });

  it('opens on the overview geometry, and draws the detailed one once zoomed in, in the same colours', async () => {
    const errors = await freshPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const id = 'ca-niort';
    await openApp(page, baseUrl, `#t=${id}`);
    const fetched = (name: string) => requested.some((path) => new RegExp(`/${name}-[\\w-]+\\.topojson$`).test(path));
    expect(fetched('overview')).toBe(true);
    expect(fetched('territories')).toBe(false);
    /** Positions of the territory in a map source (the territories' own, or the selection outline). */
    const drawn = (source: string) =>
      page.evaluate(
        async ([src, tid]) => {
          const count = (c: unknown): number => (Array.isArray(c) ? (typeof c[0] === 'number' ? 1 : c.reduce((n: number, x) => n + count(x), 0)) : 0);
          const data = await (window as any).__atlasMap.getSource(src).getData();
          const f = data.features.find((x: any) => x.properties.id === tid && (src !== 'atlas' || x.properties.layer === 'territory'));
          return f ? count(f.geometry.coordinates) : 0;
        },
        [source, id] as const,
      );
    expect(await drawn('atlas')).toBe(pointsIn('geo/overview.topojson', id));
    expect(await drawn('atlas')).toBeLessThan(pointsIn('geo/territories.topojson', id));

    // Colours from feature state (the mode switched after load), read a little south of the label.
    await page.locator('label:has(> input[name="mode"][value="type"])').click();
    const [lon, lat] = interiorPoint(id);
    const probe: [number, number] = [lon, lat - 0.05];
    const zoomTo = (zoom: number) => page.evaluate(([c, z]) => (window as any).__atlasMap.jumpTo({ center: c, zoom: z }), [[lon, lat], zoom] as const);
    await zoomTo(8.3);
    await waitForMapIdle(page);
    const before = await colourAt(page, await pixelOf(page, probe));
    expect(fetched('territories')).toBe(false);
    await zoomTo(8.8);
    await expect.poll(() => drawn('atlas'), { timeout: 10_000 }).toBe(pointsIn('geo/territories.topojson', id));
    expect(fetched('territories')).toBe(true);
    await waitForMapIdle(page);
    const after = await colourAt(page, await pixelOf(page, probe));
    await expect.poll(() => drawn('selection'), { timeout: 10_000 }).toBe(pointsIn('geo/territories.topojson', id));
    expect(after).toEqual(before);
    await page.screenshot({ path: `${SHOT_DIR}/map-detail.png` });
    expect(errors).toEqual([]);
  });

  it('shows the panel as a bottom sheet on a phone, leaving the map usable', async () => {
    await freshPage(390, 780);
    await openApp(page, baseUrl);
    await page.mouse.click(...Object.values(await pixelOf(page, interiorPoint('pays-gatine'))) as [number, number]);
    const sheet = await page.locator('aside').boundingBox();
    expect(sheet!.y).toBeGreaterThan(780 * 0.35);
    expect(sheet!.width).toBeGreaterThan(380);
    // The upper part of the map still answers clicks, once the map has panned Gâtine above the sheet
    // (aiming during the pan hits whatever moves under the pointer).
    await waitForMapIdle(page);
    await page.mouse.click(...Object.values(await pixelOf(page, interiorPoint('pays-thouarsais'))) as [number, number]);
    await expect(page.locator('aside h2').textContent()).resolves.toBe('Pays Thouarsais');
    await page.screenshot({ path: `${SHOT_DIR}/phone.png` });
    await page.keyboard.press('Escape');
    await expect(page.locator('aside').count()).resolves.toBe(0);
  });
});
