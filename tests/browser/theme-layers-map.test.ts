import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { SHOT_DIR, colourAt, interiorPoint, openApp, pixelOf, saturation, waitForMapIdle } from './app';

const dataset = JSON.parse(readFileSync('data/practices.json', 'utf8')) as {
  themes: { id: string; label: string }[];
  territories: { id: string; name: string; practices: { themes: string[] }[] }[];
};
const themeLabel = new Map(dataset.themes.map((t) => [t.id, t.label]));
const practicesOf = (territory: string, theme: string) =>
  dataset.territories.find((t) => t.id === territory)!.practices.filter((p) => p.themes.includes(theme)).length;
const having = (theme: string) => dataset.territories.filter((t) => t.practices.some((p) => p.themes.includes(theme))).map((t) => t.id);

const THREE = '#themes=sig,habitat,lecture-publique';

interface SymbolFeature {
  territory: string;
  theme: string;
  count: number;
}

/** Waits until the theme symbols are on the map and drawn, then returns those drawn in the viewport. */
async function drawnSymbols(page: Page): Promise<SymbolFeature[]> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    return map.getLayer('theme-symbols') !== undefined && map.isSourceLoaded('theme-symbols');
  });
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    return map.queryRenderedFeatures({ layers: ['theme-symbols'] }).map((f) => ({
      territory: String(f.properties.territory),
      theme: String(f.properties.theme),
      count: Number(f.properties.count),
    }));
  });
}

const symbolsOf = (symbols: SymbolFeature[], territory: string) => symbols.filter((s) => s.territory === territory).map((s) => s.theme).sort();
const listed = (page: Page, which: 'faded' | 'kept') =>
  page
    .locator(`nav[aria-label="Liste des territoires enquêtés"] li${which === 'faded' ? '.faded' : ':not(.faded)'} button`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-territory')!).sort());

describe.runIf(browserTestsEnabled())('theme layers on the map in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  it('draws one symbol per territory and active theme it has, from a link with three layers', async () => {
    const { page, errors } = await session.freshPage();
    await openApp(page, baseUrl, THREE);
    const style = await page.evaluate(() =>
      (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getStyle().layers.map((l) => ({ id: l.id, type: l.type })),
    );
    expect(style).toContainEqual({ id: 'theme-symbols', type: 'symbol' });
    const symbols = await drawnSymbols(page);
    // Pays Civraisien runs a library network and shares no SIG.
    expect(symbolsOf(symbols, 'pays-civraisien')).toEqual(['lecture-publique']);
    // Every territory with a practice of an active theme carries that theme's symbol, and no other does.
    for (const theme of ['sig', 'habitat', 'lecture-publique']) {
      expect(symbols.filter((s) => s.theme === theme).map((s) => s.territory).sort()).toEqual(having(theme).sort());
    }
    // The agglomération nested in a pays keeps its own symbols: Grand Angoulême beside its pays.
    expect(symbolsOf(symbols, 'ca-grand-angouleme')).toEqual(['lecture-publique', 'sig']);
    await page.screenshot({ path: `${SHOT_DIR}/theme-layers-3.png` });
    expect(errors).toEqual([]);
  });

  it('says in the tooltip how many practices of each active theme a territory has', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl, THREE);
    await drawnSymbols(page);
    const p = await pixelOf(page, interiorPoint('pays-mellois'));
    // Below the label point, clear of the symbols and the name.
    await page.mouse.move(p.x, p.y + 30);
    const tip = page.locator('[role="tooltip"]');
    await tip.waitFor();
    const lines = await tip.locator('span').allTextContents();
    expect(practicesOf('pays-mellois', 'sig')).toBe(1);
    expect(lines).toContain(`${themeLabel.get('sig')} : 1 pratique`);
    expect(lines).toContain(`${themeLabel.get('habitat')} : aucune pratique`);
  });

  it('« Tous les thèmes choisis » keeps only the territories having SIG and Habitat, and a reload restores it', async () => {
    const { page, errors } = await session.freshPage();
    await openApp(page, baseUrl, '#themes=sig,habitat');
    await drawnSymbols(page);
    const both = having('sig').filter((id) => having('habitat').includes(id)).sort();
    expect(both.length).toBeGreaterThan(0);
    await expect(listed(page, 'kept')).resolves.toEqual([...new Set([...having('sig'), ...having('habitat')])].sort());

    await page.getByRole('radio', { name: 'Tous les thèmes choisis' }).check();
    await expect.poll(() => listed(page, 'kept')).toEqual(both);
    await expect.poll(() => page.url()).toContain('tm=tous');
    await waitForMapIdle(page);
    // On the canvas: a territory with both keeps its colour, one with SIG alone is washed out.
    const kept = saturation(await colourAt(page, await pixelOf(page, interiorPoint(both[0]))));
    const sigOnly = saturation(await colourAt(page, await pixelOf(page, interiorPoint('pays-mellois'))));
    expect(kept).toBeGreaterThan(sigOnly + 0.15);

    await page.reload();
    await waitForMapIdle(page);
    const symbols = await drawnSymbols(page);
    await expect(page.getByRole('radio', { name: 'Tous les thèmes choisis' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: themeLabel.get('habitat')!, exact: true }).isChecked()).resolves.toBe(true);
    await expect.poll(() => listed(page, 'kept')).toEqual(both);
    expect(symbolsOf(symbols, 'pays-mellois')).toEqual(['sig']);
    expect(errors).toEqual([]);
  });

  it('turns the layers off with the last toggle, and back on', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl, '#themes=sig');
    expect((await drawnSymbols(page)).length).toBe(having('sig').length);
    await page.screenshot({ path: `${SHOT_DIR}/theme-layers-1.png` });
    await page.locator('input[data-theme="sig"]').uncheck();
    await page.waitForFunction(() => (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getLayer('theme-symbols') === undefined);
    await page.locator('input[data-theme="sig"]').check();
    expect((await drawnSymbols(page)).length).toBe(having('sig').length);
  });

  it('collapses eight layers into coloured dots, every one of them drawn', async () => {
    const { page } = await session.freshPage();
    const eight = dataset.themes.slice(0, 8).map((t) => t.id);
    await openApp(page, baseUrl, `#themes=${eight.join(',')}`);
    const symbols = await drawnSymbols(page);
    const expected = eight.reduce((n, theme) => n + having(theme).length, 0);
    expect(symbols.length).toBe(expected);
    await expect(page.getByRole('heading', { name: 'Thèmes (un point de couleur chacun)' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOT_DIR}/theme-layers-8.png` });
  });
});
