import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { openApp, pixelOf, SHOT_DIR, waitForMapIdle } from './app';

interface CrosswalkFile {
  epci: { siren: string; name: string }[];
}
const crosswalk = JSON.parse(readFileSync('geo/crosswalk-2026.json', 'utf8')) as CrosswalkFile;
const names = crosswalk.epci.map((e) => e.name).sort();
const GATINE_CC = { siren: '200041333', name: 'CC de Parthenay-Gâtine' };
const POITIERS_CU = { siren: '200069854', name: 'CU du Grand Poitiers' };

describe.runIf(browserTestsEnabled())('the 2026 intercommunalités, in Chromium', () => {
  let page: Page;
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  async function freshPage(width = 1366, height = 800) {
    page = (await session.freshPage(width, height)).page;
  }

  /** The EPCIs whose borders the map draws now, by SIREN. */
  const drawnEpcis = () =>
    page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: { queryRenderedFeatures(o: object): { properties: { siren: string } }[] } }).__atlasMap;
      return [...new Set(map.queryRenderedFeatures({ layers: ['epci-2026-line'] }).map((f) => f.properties.siren))].sort();
    });

  it('draws the 37 EPCIs, each named, once the toggle is on; the pointer names the one under it', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    const toggle = page.getByRole('checkbox', { name: 'Intercommunalités 2026' });
    await toggle.check();
    await page.locator('.epci-label').nth(36).waitFor({ state: 'attached' });
    await waitForMapIdle(page);
    await expect.poll(() => page.url()).toContain('e26=1');
    expect(await drawnEpcis()).toEqual(crosswalk.epci.map((e) => e.siren).sort());
    const labels = await page.locator('.epci-label').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect([...labels].sort()).toEqual(names);
    // The largest ones at least are shown at the region's scale.
    await expect(page.locator(`.epci-label[data-siren="${POITIERS_CU.siren}"]`).isVisible()).resolves.toBe(true);
    const visible = await page.locator('.epci-label').evaluateAll((els) => els.filter((el) => (el as HTMLElement).style.visibility !== 'hidden').length);
    expect(visible).toBeGreaterThan(10);
    // Hovering Parthenay names its EPCI today.
    const at = await pixelOf(page, [-0.248, 46.648]);
    await page.mouse.move(at.x, at.y);
    await expect(page.locator('.epci-tooltip strong').textContent()).resolves.toBe(GATINE_CC.name);
    await page.screenshot({ path: `${SHOT_DIR}/epci-2026-overlay.png` });
    await toggle.uncheck();
    await expect.poll(() => page.locator('.epci-label').count()).toBe(0);
    await expect.poll(() => page.url()).not.toContain('e26=1');
  });

  it('opens an EPCI’s panel from its name on the map, with its 2008 territories and their practices', async () => {
    await freshPage();
    await openApp(page, baseUrl, '#e26=1');
    const label = page.locator(`.epci-label[data-siren="${POITIERS_CU.siren}"]`);
    await label.click();
    const panel = page.locator('aside.epci-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(POITIERS_CU.name);
    await expect(panel.textContent()).resolves.toContain("Aujourd'hui : CU du Grand Poitiers (40 communes");
    await expect(panel.textContent()).resolves.toMatch(/En 2008, ses communes appartenaient à : Communauté d'agglomération de Poitiers \(73\u00a0%\), /);
    const sections = await panel.locator('h3').allTextContents();
    expect(sections.some((s) => s.startsWith("Pratiques de 2008 : Communauté d'agglomération de Poitiers"))).toBe(true);
    expect(sections.filter((s) => s.startsWith('Pratiques de 2008')).length).toBeGreaterThanOrEqual(4);
    expect(await panel.locator('li.practice').count()).toBe(15);
    await expect.poll(() => page.url()).toContain(`epci=${POITIERS_CU.siren}`);
    await page.screenshot({ path: `${SHOT_DIR}/epci-2026-panel.png` });
    // A 2008 territory of the panel opens its own panel.
    await panel.getByRole('button', { name: "Communauté d'agglomération de Poitiers" }).click();
    await expect(page.locator('aside h2').first().textContent()).resolves.toBe("Communauté d'agglomération de Poitiers");
    await expect.poll(() => page.url()).not.toContain('epci=');
  });

  it('lists the EPCIs covering a 2008 territory in its panel, each opening its own', async () => {
    await freshPage();
    await openApp(page, baseUrl, '#t=pays-gatine');
    const today = page.locator('section.today');
    await today.waitFor();
    await expect(today.locator('h3').textContent()).resolves.toBe("Aujourd'hui (2026)");
    const items = await today.locator('li').allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items[0]).toMatch(/^CC de Parthenay-Gâtine\s*46\u00a0%$/);
    await page.screenshot({ path: `${SHOT_DIR}/epci-2026-today.png` });
    await today.getByRole('button', { name: GATINE_CC.name }).click();
    await expect.poll(() => page.locator('aside.epci-panel h2').textContent()).toBe(GATINE_CC.name);
    await expect.poll(() => page.url()).toContain('e26=1');
  });

  it('restores the overlay and the opened EPCI from a permalink', async () => {
    await freshPage();
    await openApp(page, baseUrl, `#e26=1&epci=${GATINE_CC.siren}`);
    await expect.poll(() => page.locator('aside.epci-panel h2').textContent()).toBe(GATINE_CC.name);
    await expect(page.locator('aside.epci-panel').textContent()).resolves.toContain('Pays de Gâtine');
    await page.locator('.epci-label').nth(36).waitFor({ state: 'attached' });
    await expect(page.locator(`.epci-label[data-siren="${GATINE_CC.siren}"]`).getAttribute('class')).resolves.toContain('selected');
    await expect(page.getByRole('checkbox', { name: 'Intercommunalités 2026' }).isChecked()).resolves.toBe(true);
    // A SIREN that is not one of the 37 says so.
    await freshPage();
    await openApp(page, baseUrl, '#epci=123456789');
    await expect(page.locator('aside.epci-panel [role="alert"]').textContent()).resolves.toContain('123456789');
  });

  it('finds a commune of 2026 with its 2008 territory and its EPCI, and an EPCI by its SIREN', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    await page.keyboard.press('/');
    await page.keyboard.type('Confolens');
    const group = page.getByRole('group', { name: 'Communes de 2026', exact: true });
    const option = group.getByRole('option').first();
    await option.waitFor();
    await expect(option.locator('.title').textContent()).resolves.toBe('Confolens');
    const detail = await option.locator('.detail').textContent();
    expect(detail).toContain('2008 : Pays de Charente Limousine');
    expect(detail).toContain('2026 : CC de Charente Limousine');
    expect(detail).toContain('Saint-Germain-de-Confolens');
    await page.screenshot({ path: `${SHOT_DIR}/epci-2026-search-confolens.png` });
    await option.click();
    await expect(page.locator('aside h2').first().textContent()).resolves.toBe('Pays de Charente Limousine');
    await expect(page.locator('section.today li').first().textContent()).resolves.toContain('CC de Charente Limousine');
    await expect.poll(() => page.url()).toContain('c=16106');

    await page.locator('#search-input').fill(GATINE_CC.siren);
    const epci = page.getByRole('group', { name: 'Intercommunalités 2026', exact: true }).getByRole('option').first();
    await expect(epci.locator('.title').textContent()).resolves.toBe(GATINE_CC.name);
    await epci.click();
    await expect.poll(() => page.locator('aside.epci-panel h2').textContent()).toBe(GATINE_CC.name);
  });

  it('adds the 2026 EPCIs to the exports, and exports the EPCIs themselves', async () => {
    await freshPage();
    await openApp(page, baseUrl);
    await page.getByText('Exporter').click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Pratiques (CSV, tableur)' }).click()]);
    const lines = readFileSync(await csv.path(), 'utf8').slice(1).trim().split('\r\n');
    expect(lines[1].split(';').slice(-3)).toEqual(['epci_2026', 'epci_2026_siren', 'epci_2026_liste']);
    const gatine = lines.find((l) => l.startsWith('pays-gatine;'))!;
    expect(gatine).toContain(`;${GATINE_CC.name};${GATINE_CC.siren};`);

    await page.getByText('Exporter').click();
    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Territoires (GeoJSON, SIG)' }).click()]);
    const territories = JSON.parse(readFileSync(await geo.path(), 'utf8')).features as { properties: Record<string, unknown> }[];
    const re = territories.find((f) => f.properties.ID === 'pays-ile-de-re')!;
    expect([re.properties.EPCI26, re.properties.SIREN26]).toEqual(["CC de l'Ile de Ré", '241700459']);

    await page.getByText('Exporter').click();
    const [epci] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Intercommunalités 2026 (GeoJSON, SIG)' }).click()]);
    expect(epci.suggestedFilename()).toMatch(/^mutualisations-2008-intercommunalites-2026-.*\.geojson$/);
    const features = JSON.parse(readFileSync(await epci.path(), 'utf8')).features as { properties: Record<string, unknown>; geometry: { type: string } }[];
    expect(features).toHaveLength(37);
    const poitiers = features.find((f) => f.properties.SIREN === POITIERS_CU.siren)!;
    expect(poitiers.geometry.type).toMatch(/Polygon/);
    expect(poitiers.properties.NB_PRAT08).toBe(15);
  });
});
