import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { THEME_COLORS } from '../../src/lib/theme-layers/theme-colors';
import { SHOT_DIR, colourAt, interiorPoint, openApp, pixelOf, saturation, waitForDeferredMapWork, waitForMapIdle } from './app';

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

/** The theme symbol layers that are shown (opacity 1): a hidden layer draws nothing. */
function shownSymbolLayers(): string[] {
  const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
  return map
    .getStyle()
    .layers.filter((l) => l.type === 'symbol' && l.source === 'theme-symbols' && map.getPaintProperty(l.id, 'icon-opacity') === 1)
    .map((l) => l.id);
}

/** Waits until the theme symbols are on the map and drawn, then returns those drawn in the viewport. */
async function drawnSymbols(page: Page): Promise<SymbolFeature[]> {
  await waitForDeferredMapWork(page);
  const layers = await page.evaluate(shownSymbolLayers);
  return page.evaluate((layers) => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    if (layers.length === 0) return [];
    return map.queryRenderedFeatures({ layers }).map((f) => ({
      territory: String(f.properties.territory),
      theme: String(f.properties.theme),
      count: Number(f.properties.count),
    }));
  }, layers);
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
    const symbols = await drawnSymbols(page);
    // Three layers of pictograms are shown, one per active theme.
    expect((await page.evaluate(shownSymbolLayers)).sort()).toEqual(['theme-pictogram-habitat', 'theme-pictogram-lecture-publique', 'theme-pictogram-sig']);
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
    await expect.poll(() => page.evaluate(shownSymbolLayers)).toEqual([]);
    await expect(drawnSymbols(page)).resolves.toEqual([]);
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

  it('draws the layers\' symbols in the legend of the PNG export', async () => {
    const { page } = await session.freshPage();
    const eight = dataset.themes.slice(0, 8).map((t) => t.id);
    for (const [name, hash] of [
      ['3', THREE],
      ['8', `#themes=${eight.join(',')}`],
    ]) {
      await openApp(page, baseUrl, hash);
      await drawnSymbols(page);
      await page.getByText('Exporter').click();
      const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Carte actuelle (PNG)' }).click()]);
      const bytes = readFileSync(await png.path());
      writeFileSync(`${SHOT_DIR}/export-theme-layers-${name}.png`, bytes);
      if (name !== '8') continue;
      // Each of the eight themes' dots is in the legend column, right of the map, in its own colour.
      const canvasWidth = await page.evaluate(() => (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getCanvas().width);
      const colours = await page.evaluate(
        async ({ base64, left }) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
          ctx.drawImage(image, 0, 0);
          const data = ctx.getImageData(left, 0, image.width - left, image.height).data;
          const seen = new Set<string>();
          for (let i = 0; i < data.length; i += 4) seen.add('#' + [data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join(''));
          return [...seen];
        },
        { base64: bytes.toString('base64'), left: canvasWidth },
      );
      for (const theme of eight) expect(colours).toContain(THEME_COLORS[theme as keyof typeof THEME_COLORS].toLowerCase());
    }
  });
});

describe.runIf(browserTestsEnabled())('theme layers outside the canvas in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  it('says each territory\'s layers in the list, and opens a panel with the active themes\' practices first and tagged', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl, THREE);
    const mellois = page.locator('nav[aria-label="Liste des territoires enquêtés"] button[data-territory="pays-mellois"]');
    await expect.poll(() => mellois.textContent()).toContain(`${themeLabel.get('sig')} : 1 pratique`);
    await expect(mellois.locator('[data-layer="sig"] svg').count()).resolves.toBe(1);
    await expect(mellois.locator('[data-layer="habitat"] svg').count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOT_DIR}/theme-layers-list.png`, clip: { x: 0, y: 400, width: 300, height: 400 } });

    await mellois.click();
    const items = page.locator('aside li.practice');
    await items.first().waitFor();
    const tagged = await items.evaluateAll((els) => els.map((el) => el.querySelector('.layer-tag') !== null));
    expect(tagged.filter(Boolean)).toHaveLength(practicesOf('pays-mellois', 'sig'));
    // In each column the tagged practices come first.
    for (const column of await page.locator('aside ul.practices').all()) {
      const flags = await column.locator('li.practice').evaluateAll((els) => els.map((el) => el.querySelector('.layer-tag') !== null));
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    }
    await page.screenshot({ path: `${SHOT_DIR}/theme-layers-panel.png` });
  });
});

describe.runIf(browserTestsEnabled())('theme layers in an embedded map', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  it('draws the symbols and keys the layers in the legend laid over the map', async () => {
    const { page, errors } = await session.freshPage(900, 600);
    await openApp(page, baseUrl, `?embed=1${THREE}`);
    const symbols = await drawnSymbols(page);
    expect(symbolsOf(symbols, 'pays-civraisien')).toEqual(['lecture-publique']);
    const legend = page.locator('.embed-legend');
    await expect(legend.getByRole('heading', { name: 'Symboles des thèmes' }).isVisible()).resolves.toBe(true);
    for (const theme of ['sig', 'habitat', 'lecture-publique']) await expect(legend.textContent()).resolves.toContain(themeLabel.get(theme));
    await page.screenshot({ path: `${SHOT_DIR}/theme-layers-embed.png` });
    expect(errors).toEqual([]);
  });
});

describe.runIf(browserTestsEnabled())('theme layers without WebGL', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession(['--disable-gpu', '--disable-3d-apis']);

  it('gives the table one column per active theme', async () => {
    const { page } = await session.freshPage();
    await page.goto(baseUrl + THREE);
    // The simplified SVG map first; the table one click away.
    await page.getByRole('button', { name: 'Tableau' }).click();
    const table = page.locator('main section[aria-labelledby="table-title"] table');
    await table.waitFor();
    const heads = await table.locator('thead th').allTextContents();
    for (const theme of ['sig', 'habitat', 'lecture-publique']) expect(heads.map((h) => h.trim())).toContain(themeLabel.get(theme));
    const column = heads.findIndex((h) => h.trim() === themeLabel.get('lecture-publique'));
    const cells = await table.locator('tr:has(button[data-territory="pays-civraisien"]) > *').allTextContents();
    expect(cells[column].trim()).toBe(String(practicesOf('pays-civraisien', 'lecture-publique')));
    const sig = heads.findIndex((h) => h.trim() === themeLabel.get('sig'));
    expect(cells[sig].trim()).toBe('0');
    await page.screenshot({ path: `${SHOT_DIR}/theme-layers-table.png` });
  });
});
