// Label points: polylabel's pole of inaccessibility, the point farthest from the outline, so a
// label or a marker sits well inside even a crescent-shaped or C-shaped perimeter (a centroid may
// fall outside).

import polylabel from 'polylabel';
import type { Geometry, Position } from 'geojson';
import { largestPolygon } from './area.ts';

/**
 * polylabel works in the plane; in raw lon/lat a degree of longitude is ~30 % shorter than a degree
 * of latitude at 46° N, which would bias the point east-west. Scale longitudes by cos(latitude)
 * around the polygon's middle latitude, search there, and scale back.
 * `precision` is in degrees of latitude (1e-4 ≈ 11 m).
 */
export function polygonLabel(rings: Position[][], precision = 1e-4): [number, number] {
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, y] of rings[0]) {
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scaled = rings.map((ring) => ring.map(([x, y]) => [x * k, y] as [number, number]));
  const [x, y] = polylabel(scaled, precision);
  return [x / k, y];
}

/** Label point inside the largest polygon of a (multi)polygon, or null for an empty geometry. */
export function geometryLabel(geometry: Geometry | null | undefined, precision = 1e-4): [number, number] | null {
  const polygon = largestPolygon(geometry);
  return polygon ? polygonLabel(polygon, precision) : null;
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // + 0 turns -0 into 0 so that JSON output never shows "-0".
  return Math.round(value * f) / f + 0;
}
