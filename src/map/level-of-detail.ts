/**
 * The map opens on the overview geometry (geo/overview.topojson, borders within 80 m of the detailed
 * ones). From zoom 9, MapLibre would simplify the detailed geometry by less than that (0.375 px of a
 * 512 px tile: 40 m at zoom 9), so the overview would show. The detailed geometry is swapped in half a
 * zoom level earlier, so that it is downloaded and tiled by the time it would be seen.
 */
export const DETAIL_ZOOM = 8.5;

/** Whether the map, at this zoom, must draw the detailed geometry. */
export function needsDetail(zoom: number): boolean {
  return zoom >= DETAIL_ZOOM;
}
