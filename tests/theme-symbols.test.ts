import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import { THEME_IDS } from '../src/lib/schema';
import { MAX_PICTOGRAMS, NAME_CLEARANCE, PICTOGRAM_SIZE, symbolLayout } from '../src/lib/theme-layers/slots';
import { badgeText, symbolPoints, themeSymbols } from '../src/lib/theme-layers/symbol-features';
import { countsPerLayer } from '../src/lib/theme-layers/layer-counts';
import { PICTOGRAMS, pictogramSymbol } from '../src/lib/theme-layers/pictograms';
import { THEME_COLORS } from '../src/lib/theme-layers/theme-colors';
import { expression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { themeSymbolLayer, THEME_SYMBOL_SOURCE } from '../src/map/theme-symbol-style';

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

describe('the theme symbol layer', () => {
  it('is a valid MapLibre layer that draws every symbol, images only (no text, so no glyphs)', () => {
    const layer = themeSymbolLayer(symbolLayout(3).offsets);
    const style = { version: 8, sources: { [THEME_SYMBOL_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: [layer] };
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(layer.layout).toMatchObject({ 'icon-allow-overlap': true, 'icon-ignore-placement': true });
    expect(Object.keys(layer.layout!).filter((k) => k.startsWith('text-'))).toEqual([]);
  });

  it('offsets each symbol by its slot, as the layout gives it', () => {
    for (const n of [1, 3, 6, 8, 17]) {
      const offsets = symbolLayout(n).offsets;
      const parsed = expression.createPropertyExpression(
        themeSymbolLayer(offsets).layout!['icon-offset'],
        'icon-offset',
        latest.layout_symbol['icon-offset'] as never,
      );
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      offsets.forEach((offset, slot) => {
        const value = parsed.value.evaluate({ zoom: 7 }, { type: 'Point', properties: { slot } } as never);
        expect(value).toEqual(offset);
      });
    }
  });
});
