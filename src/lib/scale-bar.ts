/** Web Mercator's equator length in metres, for the ellipsoid radius MapLibre uses. */
const EQUATOR_M = 2 * Math.PI * 6_378_137;
/** MapLibre's tile size in CSS pixels. */
const TILE_PX = 512;

/** Ground metres one CSS pixel covers at this MapLibre zoom, at this latitude. */
export function metresPerPixel(zoom: number, latitude: number): number {
  return (EQUATOR_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_PX * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  /** Length of the bar in CSS pixels. */
  px: number;
  /** « 500 m », « 20 km ». */
  label: string;
}

/** The longest round length (1, 2 or 5 × a power of ten, in metres) whose bar fits in `maxPx`. */
export function scaleBar(metresPerPx: number, maxPx: number): ScaleBar {
  const longest = metresPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(longest));
  const metres = [5, 2, 1].map((step) => step * power).find((m) => m <= longest) ?? power;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, px: metres / metresPerPx, label };
}
