import type { Atlas } from './atlas';
import { territoryLabels as labelsAt, type MapLabel } from './label-placement';
import type { TerritoryPaintResult } from './territory-paint';

/**
 * The names drawn on the map (WebGL or SVG), with the paint's second line, the territories the filters
 * keep winning collisions, and each compared territory's letter.
 */
export function territoryLabels(atlas: Atlas, painted: TerritoryPaintResult, keys: ReadonlyMap<string, string> = new Map()): MapLabel[] {
  return labelsAt(atlas.territories, atlas.geo, painted.label, painted.emphasised ?? undefined).map((l) => ({ ...l, key: keys.get(l.id) }));
}
