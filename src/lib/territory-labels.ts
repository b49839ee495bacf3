import type { Atlas } from './atlas';
import type { MapLabel } from './label-placement';
import type { TerritoryPaintResult } from './territory-paint';

/** The names drawn on the map (WebGL or SVG), with the paint's second line. Agglomérations lie inside pays and are smaller: their names win a collision. */
export function territoryLabels(atlas: Atlas, painted: TerritoryPaintResult): MapLabel[] {
  return atlas.territories.map((t) => ({
    id: t.id,
    text: painted.label[t.id] ?? t.name,
    point: atlas.geo.get(t.id)!.label,
    priority: t.kind === 'agglomeration' ? 0 : 1,
  }));
}
