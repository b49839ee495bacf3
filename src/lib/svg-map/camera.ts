/**
 * The map's camera, computed for a container size exactly as MapLibre computes it when the map is
 * created: fitted to the region's bounds with padding, or read from the `map=` key of the address,
 * then held within the zoom range and the maximal bounds.
 */

import type { LonLat } from '../comparison';
import { fromWorld, TILE_SIZE, toWorld, worldX, worldY, type WorldPoint } from './mercator';
import { MAP_LIMITS, maxBoundsOf, type Bounds } from '../map-limits';

export { MAP_LIMITS, maxBoundsOf, type Bounds };

export interface Size {
  width: number;
  height: number;
}

/** North up, no pitch: the only camera the atlas's map allows. */
export interface Camera {
  /** [lng, lat] at the middle of the container. */
  center: LonLat;
  zoom: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Holds a camera within the map's limits as MapLibre's jumpTo does: the zoom first, constrained with
 * the centre the map had, then the wanted centre at that zoom.
 */
export function constrainCamera(camera: Camera, size: Size, maxBounds: Bounds): Camera {
  const { zoom } = constrainOnce(camera, size, maxBounds);
  return constrainOnce({ center: camera.center, zoom }, size, maxBounds);
}

/**
 * MapLibre's Mercator constraint: the zoom within its range, then zoomed in until the maximal bounds
 * fill the container, or moved until the container lies inside them.
 */
function constrainOnce(camera: Camera, size: Size, maxBounds: Bounds): Camera {
  let zoom = clamp(camera.zoom, MAP_LIMITS.minZoom, MAP_LIMITS.maxZoom);
  const worldSize = TILE_SIZE * 2 ** zoom;
  const s = worldSize / TILE_SIZE;
  const [minX, maxX] = [worldX(maxBounds[0]) * s, worldX(maxBounds[2]) * s];
  const [minY, maxY] = [worldY(maxBounds[3]) * s, worldY(maxBounds[1]) * s];
  const scaleX = maxX - minX < size.width ? size.width / (maxX - minX) : 0;
  const scaleY = maxY - minY < size.height ? size.height / (maxY - minY) : 0;
  const [x, y] = toWorld(camera.center).map((v) => v * s);
  const scale = Math.max(scaleX, scaleY);
  if (scale) {
    const middle: WorldPoint = [scaleX ? (minX + maxX) / 2 : x, scaleY ? (minY + maxY) / 2 : y];
    zoom += Math.log2(scale);
    return { center: fromWorld([middle[0] / s, middle[1] / s]), zoom };
  }
  const [w2, h2] = [size.width / 2, size.height / 2];
  let cx = x;
  let cy = y;
  if (y - h2 < minY) cy = minY + h2;
  if (y + h2 > maxY) cy = maxY - h2;
  if (x - w2 < minX) cx = minX + w2;
  if (x + w2 > maxX) cx = maxX - w2;
  return { center: cx === x && cy === y ? camera.center : fromWorld([cx / s, cy / s]), zoom };
}

/**
 * MapLibre's fitBounds at bearing 0: the largest zoom, up to the maximum, at which the bounds fit in
 * the container less the padding on every side, centred on the middle of their projection.
 * Null when the container is too small to hold the padding.
 */
export function fitCamera(bounds: Bounds, size: Size, padding = MAP_LIMITS.padding): Camera | null {
  const nw = toWorld([bounds[0], bounds[3]]);
  const se = toWorld([bounds[2], bounds[1]]);
  const scaleX = (size.width - 2 * padding) / (se[0] - nw[0]);
  const scaleY = (size.height - 2 * padding) / (se[1] - nw[1]);
  if (!(scaleX >= 0 && scaleY >= 0)) return null;
  const zoom = Math.min(Math.log2(Math.min(scaleX, scaleY)), MAP_LIMITS.maxZoom);
  return { center: fromWorld([(nw[0] + se[0]) / 2, (nw[1] + se[1]) / 2]), zoom };
}

/**
 * The camera of a `map=` value as MapLibre's hash reads it (`zoom/lat/lng[/bearing[/pitch]]`);
 * null when it is not one. Bearing and pitch are left out: the atlas's map never turns or tilts.
 */
export function cameraFromMapParam(value: string | null): Camera | null {
  if (!value) return null;
  const parts = value.split('/').map(Number);
  if (parts.length < 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lng] = parts;
  return { center: [lng, lat], zoom };
}

/**
 * The camera the map opens with for a container: the `map=` value of the address when there is one,
 * the region fitted otherwise; either held within the map's limits.
 */
export function openingCamera(region: Bounds, size: Size, mapValue: string | null = null): Camera {
  const wanted = cameraFromMapParam(mapValue) ?? fitCamera(region, size) ?? { center: centreOf(region), zoom: MAP_LIMITS.minZoom };
  return constrainCamera(wanted, size, maxBoundsOf(region));
}

const centreOf = (b: Bounds): LonLat => fromWorld([(worldX(b[0]) + worldX(b[2])) / 2, (worldY(b[1]) + worldY(b[3])) / 2]);

/**
 * Screen px = world px at zoom 0 × scale + translate: the camera as one affine map, so that a drawing
 * in world coordinates is placed by a single transform.
 */
export interface ScreenTransform {
  scale: number;
  translate: readonly [number, number];
}

export function screenTransform(camera: Camera, size: Size): ScreenTransform {
  const scale = 2 ** camera.zoom;
  const [cx, cy] = toWorld(camera.center);
  return { scale, translate: [size.width / 2 - cx * scale, size.height / 2 - cy * scale] };
}

/** Where a point lies in the container, px from its top left corner, as MapLibre's `map.project` says. */
export function project(camera: Camera, size: Size, point: LonLat): [number, number] {
  const { scale, translate } = screenTransform(camera, size);
  const [x, y] = toWorld(point);
  return [x * scale + translate[0], y * scale + translate[1]];
}

/** The camera after zooming by `delta` levels around a container point, which stays put (a wheel, a button). */
export function zoomAround(camera: Camera, size: Size, delta: number, around: readonly [number, number]): Camera {
  const before = screenTransform(camera, size);
  const anchor: WorldPoint = [(around[0] - before.translate[0]) / before.scale, (around[1] - before.translate[1]) / before.scale];
  const zoom = camera.zoom + delta;
  const scale = 2 ** zoom;
  // The centre sits half the container from the anchor, in world px at the new zoom.
  const centre: WorldPoint = [anchor[0] + (size.width / 2 - around[0]) / scale, anchor[1] + (size.height / 2 - around[1]) / scale];
  return { center: fromWorld(centre), zoom };
}

/** The camera after the content moved by (dx, dy) px (a drag). */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  const scale = 2 ** camera.zoom;
  const [cx, cy] = toWorld(camera.center);
  return { center: fromWorld([cx - dx / scale, cy - dy / scale]), zoom: camera.zoom };
}
