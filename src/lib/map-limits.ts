/**
 * How the atlas's map opens and how far it may move: MapLibre's options, and the SVG map's camera
 * (svg-map/camera.ts), which must agree with them. Kept apart so the WebGL map does not load the SVG
 * map's camera code.
 */

/** [west, south, east, north], degrees. */
export type Bounds = readonly [number, number, number, number];

export const MAP_LIMITS = {
  /** Around the region when the map is fitted to it, px. */
  padding: 24,
  minZoom: 5.5,
  maxZoom: 13,
  /** Degrees of longitude and latitude the view may stray beyond the region. */
  margin: [3, 2] as const,
};

/** The bounds the view may not leave: the region and its margin. */
export function maxBoundsOf(region: Bounds): Bounds {
  const [dx, dy] = MAP_LIMITS.margin;
  return [region[0] - dx, region[1] - dy, region[2] + dx, region[3] + dy];
}
