import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import { THEME_IDS } from '../src/lib/schema';
import { MAX_PICTOGRAMS, NAME_CLEARANCE, PICTOGRAM_SIZE, symbolLayout } from '../src/lib/theme-layers/slots';
import { allThemeSymbols, badgeText, symbolPoints, themeSymbols } from '../src/lib/theme-layers/symbol-features';
import { countsPerLayer } from '../src/lib/theme-layers/layer-counts';
import { PICTOGRAMS, pictogramSymbol } from '../src/lib/theme-layers/pictograms';
import { THEME_COLORS } from '../src/lib/theme-layers/theme-colors';
import { featureFilter, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { symbolLayerPaint, themeSymbolLayers, THEME_SYMBOL_SOURCE } from '../src/map/theme-symbol-style';

type Box = { x: number; y: number; size: number };
const apart = (a: Box, b: Box) => Math.abs(a.x - b.x) >= (a.size + b.size) / 2 || Math.abs(a.y - b.y) >= (a.size + b.size) / 2;
const boxes = (n: number) => {
  const layout = symbolLayout(n);
  return layout.offsets.map(([x, y]) => ({ x, y, size: layout.size }));
};

describe('symbol slots', () => {
  for (let n = 1; n <= MAX_PICTOGRAMS; n++) {
    it(`gives ${n} active theme${n > 1 ? 's' : ''} pictograms side by side, none over another nor over the name`, () => {
      const layout = symbolLayout(n);
      expect(layout.form).toBe('pictogram');
      expect(layout.size).toBeGreaterThanOrEqual(18);
      expect(layout.size).toBeLessThanOrEqual(24);
      const b = boxes(n);
      expect(b).toHaveLength(n);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(apart(b[i], b[j]), `${i}/${j}`).toBe(true);
      // One row, in toggle order from left to right, centred over the label point and clear of the name.
      expect(new Set(b.map((s) => s.y)).size).toBe(1);
      for (let i = 1; i < n; i++) expect(b[i].x).toBeGreaterThan(b[i - 1].x);
      expect(b[0].x + b[n - 1].x).toBeCloseTo(0);
      for (const s of b) expect(s.y + s.size / 2).toBeLessThanOrEqual(-NAME_CLEARANCE);
    });
  }

  for (let n = MAX_PICTOGRAMS + 1; n <= THEME_IDS.length; n++) {
    it(`collapses ${n} active themes into a compact grid of dots, one cell each, none over another`, () => {
      const layout = symbolLayout(n);
      expect(layout.form).toBe('dot');
      const b = boxes(n);
      expect(b).toHaveLength(n);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(apart(b[i], b[j]), `${i}/${j}`).toBe(true);
      const width = Math.max(...b.map((s) => s.x)) - Math.min(...b.map((s) => s.x)) + layout.size;
      // Narrower than the row of pictograms it replaces: it does not run over the neighbours.
      expect(width).toBeLessThan(MAX_PICTOGRAMS * PICTOGRAM_SIZE);
      for (const s of b) expect(s.y + s.size / 2).toBeLessThanOrEqual(-NAME_CLEARANCE);
    });
  }
});

describe('theme symbols on the real survey', () => {
  const points = new Map<string, readonly [number, number]>(dataset.territories.map((t, i) => [t.id, [i, 46]]));
  const THREE = ['sig', 'habitat', 'lecture-publique'];
  const symbolsFor = (active: string[]) =>
    themeSymbols({ active, counts: countsPerLayer(dataset.territories, active, { statuses: [] }), points }).data.features;

  it('puts the reading-network symbol and no SIG symbol on the Pays Civraisien, in the third slot', () => {
    const civraisien = symbolsFor(THREE).filter((f) => f.properties.territory === 'pays-civraisien');
    expect(civraisien.map((f) => f.properties.theme)).toEqual(['lecture-publique']);
    expect(civraisien[0].properties.slot).toBe(2);
  });

  it('draws one symbol per territory and active theme it has, and none for a theme it lacks', () => {
    const features = symbolsFor(THREE);
    for (const t of dataset.territories) {
      const has = THREE.filter((id) => t.practices.some((p) => (p.themes as string[]).includes(id)));
      expect(features.filter((f) => f.properties.territory === t.id).map((f) => f.properties.theme), t.id).toEqual(has);
    }
  });

  it('shows the count from 2 practices up: the Pays Thouarsais OPAH symbol says 2, the Pays Mellois SIG one says nothing', () => {
    const features = symbolsFor(THREE);
    const of = (territory: string, theme: string) => features.find((f) => f.properties.territory === territory && f.properties.theme === theme)!;
    expect(of('pays-thouarsais', 'habitat').properties.icon).not.toBe(of('pays-montmorillonnais', 'habitat').properties.icon);
    expect(of('pays-thouarsais', 'habitat').properties.icon).toMatch(/-2$/);
    expect(of('pays-mellois', 'sig').properties.icon).toBe(of('pays-loudunais', 'sig').properties.icon);
    expect([1, 2, 9, 10].map(badgeText)).toEqual([null, '2', '9', '9+']);
  });

  it('draws the agglomérations after the pays they lie in, so their own symbols stay on top', () => {
    const ordered = [...symbolPoints(dataset.territories, (id) => points.get(id)).keys()];
    expect(ordered).toHaveLength(33);
    const kind = (id: string) => dataset.territories.find((t) => t.id === id)!.kind;
    const firstAgglo = ordered.findIndex((id) => kind(id) === 'agglomeration');
    expect(ordered.slice(firstAgglo).every((id) => kind(id) === 'agglomeration')).toBe(true);
    expect(ordered.indexOf('ca-niort')).toBeGreaterThan(ordered.indexOf('pays-haut-val-de-sevre'));
  });

  it('keeps every theme of a territory when all 17 are active, as dots', () => {
    const { data, images } = themeSymbols({
      active: [...THEME_IDS],
      counts: countsPerLayer(dataset.territories, THEME_IDS, { statuses: [] }),
      points,
    });
    const civraisien = data.features.filter((f) => f.properties.territory === 'pays-civraisien');
    expect(civraisien).toHaveLength(9);
    expect(images.every((image) => image.form === 'dot' && image.badge === null)).toBe(true);
  });
});

describe('pictograms and theme colours', () => {
  it('has a distinct drawing and a distinct colour for each of the 17 themes', () => {
    expect(Object.keys(PICTOGRAMS).sort()).toEqual([...THEME_IDS].sort());
    expect(new Set(Object.values(PICTOGRAMS)).size).toBe(THEME_IDS.length);
    expect(new Set(Object.values(THEME_COLORS).map((c) => c.toLowerCase())).size).toBe(THEME_IDS.length);
  });

  it('gives an SVG symbol without any text for each theme', () => {
    for (const id of THEME_IDS) {
      const markup = pictogramSymbol(id);
      expect(markup).toMatch(new RegExp(`^<symbol id="pictogram-${id}" viewBox="0 0 24 24">`));
      expect(markup).not.toMatch(/<text|<image|href=/);
      expect(PICTOGRAMS[id]).toMatch(/^M[\d\s.MLHVCAZaz-]+$/);
    }
  });
});

describe('the theme symbol layers', () => {
  const layers = themeSymbolLayers(THEME_IDS);

  it('are valid MapLibre layers that draw every symbol, images only (no text, so no glyphs)', () => {
    const style = { version: 8, sources: { [THEME_SYMBOL_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers };
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(layers).toHaveLength(2 * THEME_IDS.length);
    for (const layer of layers) {
      expect(layer.layout).toMatchObject({ 'icon-allow-overlap': true, 'icon-ignore-placement': true });
      expect(Object.keys(layer.layout!).filter((k) => k.startsWith('text-'))).toEqual([]);
    }
  });

  it('turn a theme on or off through paint properties only, which MapLibre applies without laying the symbols out again', () => {
    for (const n of [0, 1, 3, 8]) {
      for (const paint of symbolLayerPaint(THEME_IDS, THEME_IDS.slice(0, n)).values()) {
        expect(Object.keys(paint).sort()).toEqual(['opacity', 'translate']);
      }
    }
    for (const property of ['icon-opacity', 'icon-translate']) {
      expect(latest.paint_symbol).toHaveProperty(property);
      expect(latest.layout_symbol).not.toHaveProperty(property);
    }
  });

  const points = new Map<string, readonly [number, number]>(dataset.territories.map((t, i) => [t.id, [i, 46]]));
  const counts = countsPerLayer(dataset.territories, THEME_IDS, { statuses: [] });
  const { data } = allThemeSymbols({ themes: THEME_IDS, counts, points });
  const shuffled = ['lecture-publique', 'sig', 'habitat', ...THEME_IDS.filter((id) => !['sig', 'habitat', 'lecture-publique'].includes(id))];

  for (const n of [1, 3, 6, 7, 17]) {
    it(`show on the real survey exactly the symbols of the ${n} active theme${n > 1 ? 's' : ''}, each at its slot`, () => {
      const active = shuffled.slice(0, n);
      const paint = symbolLayerPaint(THEME_IDS, active);
      const shown: string[] = [];
      for (const layer of layers) {
        const { opacity, translate } = paint.get(layer.id)!;
        if (opacity === 0) continue;
        const filter = featureFilter(layer.filter, `layers[${layers.indexOf(layer)}].filter`);
        for (const f of data.features) {
          if (!filter.filter({ zoom: 7 }, { type: 1, properties: f.properties } as never)) continue;
          const image = (layer.layout!['icon-image'] as unknown as [string, string])[1];
          shown.push(JSON.stringify([f.properties.territory, f.properties.theme, f.properties[image as 'pictogram' | 'dot'], translate]));
        }
      }
      const activeCounts = countsPerLayer(dataset.territories, active, { statuses: [] });
      const wanted = themeSymbols({ active, counts: activeCounts, points });
      const expected = wanted.data.features.map((f) =>
        JSON.stringify([f.properties.territory, f.properties.theme, f.properties.icon, wanted.layout.offsets[f.properties.slot]]),
      );
      expect(shown.sort()).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(0);
    });
  }
});
