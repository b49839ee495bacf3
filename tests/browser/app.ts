import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { enableTestHooks } from './chromium';
import { pngPixels } from './pixel-diff';

/** Screenshots from browser tests land here (git-ignored) to be looked at. */
export const SHOT_DIR = 'screenshots';
mkdirSync(SHOT_DIR, { recursive: true });

const topology = JSON.parse(readFileSync('geo/territories.topojson', 'utf8')) as Topology;
const territoryProps = new Map(
  (topology.objects.territories as GeometryCollection).geometries.map((g) => [String(g.id), g.properties as Record<string, unknown>]),
);

/** A point inside the territory (its label point, computed by polylabel at build time). */
export function interiorPoint(id: string): [number, number] {
  const p = territoryProps.get(id);
  if (!p) throw new Error(`unknown territory ${id}`);
  return [p.labelX as number, p.labelY as number];
}

export function territoryProperties(id: string) {
  return territoryProps.get(id)!;
}

/** Opens the app at a hash, with its map handed to the test, and waits until the map has drawn everything. */
export async function openApp(page: Page, baseUrl: string, hash = '') {
  await enableTestHooks(page);
  await page.goto(baseUrl + hash);
  await waitForMapIdle(page);
}

export async function waitForMapIdle(page: Page) {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __atlasMap?: { loaded(): boolean; areTilesLoaded(): boolean } }).__atlasMap;
    return map?.loaded() && map.areTilesLoaded();
  }, undefined, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const map = (window as unknown as { __atlasMap: { once(e: string, f: () => void): void; triggerRepaint(): void } }).__atlasMap;
        map.once('idle', () => ok());
        map.triggerRepaint();
      }),
  );
}

/**
 * Waits for the theme symbols, laid out hidden once the map has settled or shown for a link with
 * layers (ThemeSymbols.svelte), then the map idle again: the map's part of the page's deferred work,
 * whose frames a test that counts the map's must not count.
 */
export async function waitForDeferredMapWork(page: Page) {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __atlasMap: { getSource(id: string): unknown; isSourceLoaded(id: string): boolean } }).__atlasMap;
    return map.getSource('theme-symbols') !== undefined && map.isSourceLoaded('theme-symbols');
  }, undefined, { timeout: 30_000 });
  await waitForMapIdle(page);
}

/** Page coordinates of a geographic point on the map canvas. */
export async function pixelOf(page: Page, lngLat: [number, number]) {
  const { x, y } = await page.evaluate((ll) => {
    const map = (window as unknown as { __atlasMap: { project(p: [number, number]): { x: number; y: number } } }).__atlasMap;
    return map.project(ll);
  }, lngLat);
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  return { x: box!.x + x, y: box!.y + y };
}

/** The colour the user sees at a page point, read from a real screenshot. */
export async function colourAt(page: Page, point: { x: number; y: number }): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(point.x) - 1, y: Math.round(point.y) - 1, width: 3, height: 3 } });
  const { width, data } = await pngPixels(page, png);
  const centre = (width + 1) * 4;
  return [data[centre], data[centre + 1], data[centre + 2]];
}

/** Colour saturation (0 = grey): faded territories are washed out. */
export function saturation([r, g, b]: [number, number, number]): number {
  const max = Math.max(r, g, b);
  return max === 0 ? 0 : (max - Math.min(r, g, b)) / max;
}
