import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { interiorPoint, openApp, pixelOf, SHOT_DIR, waitForMapIdle } from './app';

interface T {
  id: string;
  name: string;
  practices: { text: string; themes: string[] }[];
}
const dataset = JSON.parse(readFileSync('data/practices.json', 'utf8')) as { territories: T[] };
const communes = JSON.parse(readFileSync('geo/communes.json', 'utf8')) as { insee: string; point: [number, number] }[];
const total = dataset.territories.reduce((n, t) => n + t.practices.length, 0);

describe.runIf(browserTestsEnabled())('finding and sharing, in Chromium', () => {
  let page: Page;
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  async function freshPage(width = 1366, height = 800) {
    page = (await session.freshPage(width, height)).page;
  }

  it('finds a practice by its words from the keyboard and opens it in its territory', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    await page.keyboard.press('/');
    await page.keyboard.type('piscine');
    const option = page.locator('[role="option"]', { hasText: 'Syndicat Mellois des piscines' });
    await option.waitFor();
    await expect(option.locator('mark').first().textContent()).resolves.toBe('piscines');
    await page.screenshot({ path: `${SHOT_DIR}/search-piscine.png` });
    const options = await page.locator('[role="option"]').allTextContents();
    const target = options.findIndex((o) => o.includes('Syndicat Mellois des piscines'));
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('aside h2').textContent()).resolves.toBe('Pays Mellois');
    await expect(page.locator('aside li.focused').textContent()).resolves.toContain('piscines');
  });

  it('opens the first result on Enter even when the list opens under a resting pointer', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    const search = page.locator('input[type="search"]');
    await search.fill('Thouarsais');
    const options = page.locator('[role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    // The pointer rests where the second result will be (a commune of the Pays de Gâtine), then the list opens again.
    const second = (await options.nth(1).boundingBox())!;
    await expect(options.nth(1).textContent()).resolves.not.toContain('Pays Thouarsais');
    await search.fill('');
    await page.mouse.move(second.x + second.width / 2, second.y + second.height / 2);
    await search.fill('Thouarsais');
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    // The reader looks at the list before pressing Enter: the browser has updated what lies under the pointer.
    await page.waitForTimeout(500);
    await expect(options.first().getAttribute('aria-selected')).resolves.toBe('true');
    await search.press('Enter');
    await expect.poll(() => page.locator('aside h2').textContent()).toBe('Pays Thouarsais');
  });

  it('offers the département for « 17 », in a group of its own, and choosing it breaks nothing', async () => {
    const { page: fresh, errors } = await session.freshPage();
    page = fresh;
    await openApp(page, baseUrl);
    const search = page.locator('input[type="search"]');
    await search.fill('17');
    // Exact: the sidebar's « Limiter aux départements » is a group too.
    const group = page.getByRole('group', { name: 'Départements', exact: true });
    await group.waitFor();
    // The 2026 results join the list when their data arrives: the list settles then.
    await expect.poll(() => group.getByRole('option').allTextContents()).toEqual([expect.stringContaining('Charente-Maritime')]);
    await search.fill('Charente-Maritime');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Département (17)');
    await search.press('Enter');
    await expect(page.getByRole('listbox').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('lets a new search start right after choosing a result: the panel does not take the focus back', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    const search = page.locator('input[type="search"]');
    await search.fill('Gâtine');
    await page.locator('[role="option"]').first().waitFor();
    await search.press('Enter');
    await expect(page.locator('aside h2').textContent()).resolves.toBe('Pays de Gâtine');
    await search.fill('piscine');
    await page.locator('[role="option"]').first().waitFor();
    // Long enough for the panel's deferred focus to have landed, had it not been cancelled.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 300)))));
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search');
    await expect(page.locator('[role="option"]').first().isVisible()).resolves.toBe(true);
  });

  it('answers « which territory was my commune in? » from an INSEE code, with a point on the map', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    await page.locator('input[type="search"]').fill('16106');
    await page.locator('[role="option"]', { hasText: 'Confolens' }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect(page.locator('aside .notice').textContent()).resolves.toBe(
      'En 2008, Confolens faisait partie du Pays de Charente Limousine (CC du Confolentais).',
    );
    await expect.poll(() => page.url()).toContain('c=16106');
    await waitForMapIdle(page);
    // The marker's dot sits on the commune's point, named.
    const confolens = communes.find((c) => c.insee === '16106')!;
    const marker = page.locator('.commune-marker');
    await expect(marker.locator('.name').textContent()).resolves.toBe('Confolens');
    const dot = (await marker.locator('.dot').boundingBox())!;
    const expected = await pixelOf(page, confolens.point);
    expect(Math.abs(dot.x + dot.width / 2 - expected.x)).toBeLessThan(2);
    expect(Math.abs(dot.y + dot.height / 2 - expected.y)).toBeLessThan(2);
    await page.screenshot({ path: `${SHOT_DIR}/commune-confolens.png` });
  });

  it('downloads the practices as CSV, following the active theme', async () => {
    await freshPage();
    await openApp(page, baseUrl, '#themes=sig');
    await page.getByText('Exporter').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Pratiques (CSV, tableur)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const sigCount = dataset.territories.flatMap((t) => t.practices).filter((p) => p.themes.includes('sig')).length;
    // The filters row, the header, then one row per practice.
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('# Filtres : thèmes : SIG et cadastre');
    expect(lines).toHaveLength(sigCount + 2);
    expect(sigCount).toBeLessThan(total);
  });

  it('exports only the territories of the chosen départements and compared territories', async () => {
    await freshPage();
    await openApp(page, baseUrl, '#dep=17');
    await page.getByText('Exporter').click();
    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Territoires (GeoJSON, SIG)' }).click()]);
    const features = JSON.parse(readFileSync(await geo.path(), 'utf8')).features as { properties: Record<string, unknown> }[];
    expect(features).toHaveLength(10);
    expect(features.every((f) => f.properties.INSEE_DEP === '17')).toBe(true);
    await freshPage();
    await openApp(page, baseUrl, '#cmp=pays-mellois,ca-niort');
    await page.getByText('Exporter').click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Pratiques (CSV, tableur)' }).click()]);
    const rows = readFileSync(await csv.path(), 'utf8').slice(1).trim().split('\r\n').slice(2);
    const compared = dataset.territories.filter((t) => ['pays-mellois', 'ca-niort'].includes(t.id));
    expect(rows).toHaveLength(compared.reduce((n, t) => n + t.practices.length, 0));
  });

  it('downloads the territories as GeoJSON and the map as a PNG with its legend', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    await page.getByText('Exporter').click();
    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Territoires (GeoJSON, SIG)' }).click()]);
    const collection = JSON.parse(readFileSync(await geo.path(), 'utf8'));
    expect(collection.features).toHaveLength(33);
    await page.getByText('Exporter').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Carte actuelle (PNG)' }).click()]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const canvasWidth = await page.evaluate(() => (window as any).__atlasMap.getCanvas().width);
    expect(width).toBeGreaterThan(canvasWidth);
    writeFileSync(`${SHOT_DIR}/export-map.png`, bytes);
    // The sea, which the page paints behind a transparent canvas, is in the picture too (64 px of title above the map).
    const sea = await pixelOf(page, [-1.9, 45.9]);
    const canvasBox = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const [r, g, b] = await page.evaluate(
      async ({ base64, x, y }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return [...ctx.getImageData(x, y, 1, 1).data];
      },
      { base64: bytes.toString('base64'), x: Math.round(sea.x - canvasBox.x), y: Math.round(sea.y - canvasBox.y + 64) },
    );
    expect([r, g, b]).toEqual([0xcf, 0xe2, 0xea]);
  });

  it('says why the GeoJSON export failed when the detailed geometry does not download, and exports on retry', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    await page.route('**/territories-*.topojson', (route) => route.fulfill({ status: 503, body: 'Unavailable' }));
    await page.getByText('Exporter').click();
    const button = page.getByRole('button', { name: 'Territoires (GeoJSON, SIG)' });
    await button.click();
    const alert = page.locator('.export [role="alert"]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/geo\/territories\.topojson.*503.*Réessayez/);
    await page.screenshot({ path: `${SHOT_DIR}/export-failure.png`, clip: { x: 700, y: 0, width: 666, height: 300 } });
    await page.unroute('**/territories-*.topojson');
    const [geo] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(JSON.parse(readFileSync(await geo.path(), 'utf8')).features).toHaveLength(33);
    await expect(alert.count()).resolves.toBe(0);
  });

  it('gives a permalink and an iframe snippet to share', async () => {
    await freshPage();
    await openApp(page, baseUrl, '#t=pays-gatine&themes=habitat');
    await page.getByRole('button', { name: 'Partager' }).click();
    const link = await page.locator('#share-link').inputValue();
    expect(link).toBe(page.url());
    const snippet = await page.locator('#share-embed').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+embed=1#t=pays-gatine&themes=habitat/);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
  });

  it('shows only the map, its legend and the panel when embedded', async () => {
    await freshPage(900, 600);
    await openApp(page, baseUrl, '?embed=1&source=partenaire#t=pays-mellois');
    await expect(page.locator('header.top').count()).resolves.toBe(0);
    // The way out opens the same view in the whole atlas, the partner's own parameters kept.
    const wayOut = page.getByRole('link', { name: "Ouvrir l'atlas complet" });
    await expect(wayOut.getAttribute('href')).resolves.toBe(`${baseUrl}?source=partenaire#t=pays-mellois`);
    await expect(page.locator('input[type="search"]').count()).resolves.toBe(0);
    await expect(page.locator('aside h2').textContent()).resolves.toBe('Pays Mellois');
    await expect(page.locator('.embed-legend').isVisible()).resolves.toBe(true);
    // The map fills the frame, the panel lying over its right part; the territory shows beside the panel.
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(canvas.height).toBe(600);
    const panel = (await page.locator('aside').boundingBox())!;
    await waitForMapIdle(page);
    const mellois = await pixelOf(page, interiorPoint('pays-mellois'));
    expect(mellois.x).toBeLessThan(panel.x);
    expect(mellois.y).toBeGreaterThan(0);
    expect(mellois.y).toBeLessThan(600);
    await page.screenshot({ path: `${SHOT_DIR}/embed.png` });
  });

  it('links each bar of the statistics to the map', async () => {
    await freshPage();
    await openApp(page, baseUrl, '#v=statistiques');
    await page.getByRole('button', { name: /^SIG et cadastre/ }).click();
    await expect(page.locator('input[data-theme="sig"]').isChecked()).resolves.toBe(true);
    await expect.poll(() => page.url()).toContain('themes=sig');
    await expect.poll(() => page.url()).not.toContain('v=statistiques');
    await page.goto(`${baseUrl}#v=methode`);
    await page.getByRole('heading', { name: 'Les périmètres de 2008' }).waitFor();
    await expect(page.locator('table').first().textContent()).resolves.toContain('Grand Angoulême');
  });
});
