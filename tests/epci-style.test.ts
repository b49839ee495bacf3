// The 2026 intercommunalités' layers, checked against MapLibre's style specification.

import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { EPCI_LINE_LAYER, EPCI_SELECTED_LAYER, EPCI_SOURCE, epciLayers } from '../src/map/epci-style';
import { LINE_STYLE } from '../src/map/style';

describe('the 2026 intercommunalités layers', () => {
  const layers = epciLayers('200041333');

  it('are valid MapLibre layers with no text (no glyphs to fetch)', () => {
    const style = { version: 8, sources: { [EPCI_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers };
    expect(validateStyleMin(style as never)).toEqual([]);
    for (const layer of layers) expect(Object.keys(('layout' in layer && layer.layout) || {}).filter((k) => k.startsWith('text-'))).toEqual([]);
  });

  it('draw the borders dashed, unlike the 2008 borders, and the opened EPCI wider than the selected territory', () => {
    const line = layers.find((l) => l.id === EPCI_LINE_LAYER)!;
    expect(line.type === 'line' && line.paint?.['line-dasharray']).toBeTruthy();
    const selected = layers.find((l) => l.id === EPCI_SELECTED_LAYER)!;
    expect(selected.type === 'line' && selected.filter).toEqual(['==', ['get', 'siren'], '200041333']);
    expect(selected.type === 'line' && (selected.paint?.['line-width'] as number)).toBeGreaterThan(LINE_STYLE.selected);
  });
});
