import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

/** What an outline source holds for a territory id: that territory's shape, or nothing. */
export function outlineData(shapes: ReadonlyMap<string, Feature>, id: string | null): FeatureCollection {
  const shape = id ? shapes.get(id) : undefined;
  return { type: 'FeatureCollection', features: shape ? [shape] : [] };
}

/** Territory shapes by id, for the outline sources. */
export function shapesById(territories: FeatureCollection): Map<string, Feature> {
  return new Map(territories.features.map((f) => [String(f.id), f]));
}

/** Draws `data` in outline source `source` (HOVER_SOURCE or SELECTION_SOURCE). */
export function setOutline(map: MapLibreMap, source: string, data: FeatureCollection): void {
  (map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
}
