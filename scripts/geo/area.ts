// Areas on the sphere, enough to compare perimeters (tiling checks, "km²" in the app).
// Chamberlain & Duquette's formula, as in d3-geo / turf: exact for the sphere up to
// floating point, no projection needed, and independent of the ring's start point.

import type { Geometry, Position } from 'geojson';

const EARTH_RADIUS = 6371008.8; // mean radius, metres

const toRad = Math.PI / 180;

/** Unsigned area in m² enclosed by a closed ring of [lon, lat] positions. */
export function ringArea(ring: Position[]): number {
  const n = ring.length;
  if (n < 4) return 0;
  let sum = 0;
  // The ring is closed (last = first), so i runs over the n − 1 distinct vertices.
  for (let i = 0; i < n - 1; i++) {
    const prev = ring[i === 0 ? n - 2 : i - 1];
    const next = ring[i + 1];
    sum += (next[0] - prev[0]) * toRad * Math.sin(ring[i][1] * toRad);
  }
  return Math.abs((sum * EARTH_RADIUS * EARTH_RADIUS) / 2);
}

/** Area in m² of one polygon: outer ring minus holes. */
export function polygonArea(rings: Position[][]): number {
  if (rings.length === 0) return 0;
  let area = ringArea(rings[0]);
  for (let i = 1; i < rings.length; i++) area -= ringArea(rings[i]);
  return area;
}

/** Area in m² of a Polygon or MultiPolygon (0 for other geometries and null). */
export function geometryArea(geometry: Geometry | null | undefined): number {
  if (!geometry) return 0;
  if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates);
  if (geometry.type === 'MultiPolygon') {
    return geometry.coordinates.reduce((sum, polygon) => sum + polygonArea(polygon), 0);
  }
  if (geometry.type === 'GeometryCollection') {
    return geometry.geometries.reduce((sum, g) => sum + geometryArea(g), 0);
  }
  return 0;
}

/** The polygons of a (multi)polygon, each as rings. */
export function polygonsOf(geometry: Geometry | null | undefined): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** The polygon of largest area (islands of a pays, the main part of a commune). */
export function largestPolygon(geometry: Geometry | null | undefined): Position[][] | null {
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const polygon of polygonsOf(geometry)) {
    const area = polygonArea(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best;
}
