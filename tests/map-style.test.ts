import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { atlasGeometry } from '../src/lib/atlas-geometry';
import { atlasFeatures, buildStyle, FILL_LAYER } from '../src/map/style';

const geometry = atlasGeometry(JSON.parse(readFileSync('geo/territories.topojson', 'utf8')));
const paint = { fill: {}, emphasised: null, label: {}, compared: [] };
const style = buildStyle({ ...geometry, paint });
const source = atlasFeatures(geometry);
const drawnBy = (layerId: string) => {
  const layer = style.layers.find((l) => l.id === layerId) as { filter: FilterSpecification };
  const filter = featureFilter(layer.filter, 'filter');
  return source.features.filter((f) => filter.filter({ zoom: 8 } as never, { type: f.geometry.type === 'Point' ? 1 : 3, properties: f.properties } as never));
};

describe('the map style on the real geometry', () => {
  it('fills every territory and « hors enquête » once, and of the départements only the context ones', () => {
    const filled = drawnBy(FILL_LAYER);
    const territories = filled.filter((f) => f.properties!.layer === 'territory');
    expect(territories.map((f) => f.properties!.id).sort()).toEqual(geometry.territories.features.map((f) => String(f.id)).sort());
    expect(filled.filter((f) => f.properties!.layer === 'outside')).toHaveLength(geometry.outside.features.length);
    const departements = filled.filter((f) => f.properties!.layer === 'departement');
    expect(departements.length).toBe(geometry.departements.features.filter((f) => f.properties!.context).length);
    // The four surveyed départements lie under the territories and « hors enquête »: filling them too would draw those pixels twice.
    expect(departements.every((f) => f.properties!.context)).toBe(true);
    expect(filled.some((f) => f.properties!.layer === 'region')).toBe(false);
  });

  it('outlines exactly the compared territories, and none before a comparison', () => {
    expect(drawnBy('compared-line')).toHaveLength(0);
    const compared = buildStyle({ ...geometry, paint: { ...paint, compared: ['pays-mellois', 'pays-civraisien'] } });
    const layer = compared.layers.find((l) => l.id === 'compared-line') as { filter: FilterSpecification };
    const filter = featureFilter(layer.filter, 'filter');
    const hits = source.features.filter((f) => filter.filter({ zoom: 8 } as never, { type: 3, properties: f.properties } as never));
    expect(hits.map((f) => f.properties!.id).sort()).toEqual(['pays-civraisien', 'pays-mellois']);
  });

  it('draws from one source, with no symbol layer (labels are HTML)', () => {
    expect(Object.keys(style.sources)).toHaveLength(1);
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });
});
