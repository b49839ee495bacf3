import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

/** What an outline source holds for territory ids: their shapes, unknown ids left out. */
export function outlinesData(shapes: ReadonlyMap<string, Feature>, ids: readonly string[]): FeatureCollection {
  return { type: 'FeatureCollection', features: ids.flatMap((id) => shapes.get(id) ?? []) };
}

/** What an outline source holds for a territory id: that territory's shape, or nothing. */
export function outlineData(shapes: ReadonlyMap<string, Feature>, id: string | null): FeatureCollection {
  return outlinesData(shapes, id ? [id] : []);
}

/** Territory shapes by id, for the outline sources. */
export function shapesById(territories: FeatureCollection): Map<string, Feature> {
  return new Map(territories.features.map((f) => [String(f.id), f]));
}

/** Draws `data` in outline source `source` (HOVER_SOURCE, SELECTION_SOURCE or COMPARED_SOURCE). */
export function setOutline(map: MapLibreMap, source: string, data: FeatureCollection): void {
  (map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
}
