/**
 * The small maps of the printed sheets, drawn by the SVG map: a frame shaped like the region with the
 * region fitted in it, and a paint that picks one territory out of the others.
 */
import { fitCamera, MAP_LIMITS, type Bounds, type Camera } from '../svg-map/camera';
import { toWorld } from '../svg-map/mercator';
import { FADED_COLOR, SHEET_HIGHLIGHT } from '../palette';

export interface LocatorFrame {
  width: number;
  height: number;
  camera: Camera;
}

/** The width, px, at which the region fitted with `padding` is drawn at zoom `zoom`. */
export const widthAtZoom = (region: Bounds, zoom: number, padding: number): number =>
  Math.ceil((toWorld([region[2], region[1]])[0] - toWorld([region[0], region[3]])[0]) * 2 ** zoom + 2 * padding);

/**
 * A box as wide as the region drawn at the map's smallest zoom (the SVG map holds its camera within
 * the map's zoom range, so a narrower box would crop the region), as tall as the region's shape asks,
 * and the camera fitting the region in it. The sheet scales the box down to its column.
 */
export function locatorFrame(region: Bounds, padding: number, zoom: number = MAP_LIMITS.minZoom): LocatorFrame {
  const [x0, y0] = toWorld([region[0], region[3]]);
  const [x1, y1] = toWorld([region[2], region[1]]);
  const width = widthAtZoom(region, zoom, padding);
  const height = Math.ceil(((width - 2 * padding) * (y1 - y0)) / (x1 - x0) + 2 * padding);
  return { width, height, camera: fitCamera(region, { width, height }, padding)! };
}

/** Every territory in one neutral colour, the highlighted one dark; nothing faded, no label, no comparison. */
export function locatorPaint(ids: readonly string[], highlight: string | null) {
  return {
    fill: Object.fromEntries(ids.map((id) => [id, id === highlight ? SHEET_HIGHLIGHT : FADED_COLOR])),
    emphasised: null,
    label: {},
    compared: [],
  };
}
