/**
 * Web Mercator as MapLibre computes it: a world square of TILE_SIZE px at zoom 0, doubling at each
 * zoom level, x eastwards from the antimeridian and y southwards from the north edge.
 */

import type { LonLat } from '../comparison';

/** MapLibre's tile size: the world is TILE_SIZE · 2^zoom px wide. */
export const TILE_SIZE = 512;

/** A point in world px at zoom 0. */
export type WorldPoint = readonly [number, number];

export const worldX = (lng: number): number => ((180 + lng) / 360) * TILE_SIZE;

export const worldY = (lat: number): number =>
  ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * TILE_SIZE;

export const toWorld = ([lng, lat]: LonLat): WorldPoint => [worldX(lng), worldY(lat)];

export function fromWorld([x, y]: WorldPoint): [number, number] {
  const lng = (x / TILE_SIZE) * 360 - 180;
  const y2 = 180 - (y / TILE_SIZE) * 360;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
  return [lng, lat];
}
