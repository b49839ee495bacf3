/**
 * SVG path data of the atlas's geometry, projected once in Web Mercator: any camera then places the
 * drawing with one transform (see `frameTransform`), and zooming or panning never rebuilds a path.
 */

import type { Geometry, Position } from 'geojson';
import { MAP_LIMITS, screenTransform, type Bounds, type Camera, type ScreenTransform, type Size } from './camera';
import { toWorld, type WorldPoint } from './mercator';

/**
 * Path units: screen px at the map's maximal zoom, from the north-west corner of the region. Whole
 * numbers are then exact to half a pixel at the closest zoom the map allows, short to write, and
 * small enough for the single-precision floats the browser draws paths with.
 */
export interface PathFrame {
  /** World px at zoom 0 of the path origin. */
  origin: WorldPoint;
  /** Path units per world px at zoom 0. */
  unit: number;
}

export function pathFrame(region: Bounds): PathFrame {
  return { origin: toWorld([region[0], region[3]]), unit: 2 ** MAP_LIMITS.maxZoom };
}

function ringPath(ring: readonly Position[], frame: PathFrame, closed: boolean): string {
  let out = '';
  let px = 0;
  let py = 0;
  for (let i = 0; i < ring.length; i++) {
    const [wx, wy] = toWorld(ring[i] as [number, number]);
    const x = Math.round((wx - frame.origin[0]) * frame.unit);
    const y = Math.round((wy - frame.origin[1]) * frame.unit);
    if (i === 0) out = `M${x} ${y}`;
    else if (x !== px || y !== py) out += `l${x - px} ${y - py}`;
    px = x;
    py = y;
  }
  return closed ? `${out}z` : out;
}

/** Calls `line` for each ring and line of a GeoJSON geometry, saying whether it closes (polygons) or not. */
export function forEachLine(geometry: Geometry | null, line: (points: readonly Position[], closed: boolean) => void): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.forEach((ring) => line(ring, true));
    case 'MultiPolygon':
      return geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => line(ring, true)));
    case 'LineString':
      return line(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.forEach((part) => line(part, false));
    case 'GeometryCollection':
      return geometry.geometries.forEach((g) => forEachLine(g, line));
  }
}

/** The path data of a GeoJSON geometry (polygons closed, lines open); points draw nothing. */
export function pathData(geometry: Geometry | null, frame: PathFrame): string {
  let out = '';
  forEachLine(geometry, (points, closed) => (out += ringPath(points, frame, closed)));
  return out;
}

/** Screen px = path units × scale + translate, for a camera and a container. */
export function frameTransform(frame: PathFrame, camera: Camera, size: Size): ScreenTransform {
  const screen = screenTransform(camera, size);
  return {
    scale: screen.scale / frame.unit,
    translate: [screen.translate[0] + frame.origin[0] * screen.scale, screen.translate[1] + frame.origin[1] * screen.scale],
  };
}

/** The SVG `transform` attribute of a frame's drawing. */
export const svgTransform = ({ scale, translate }: ScreenTransform): string => `translate(${translate[0]} ${translate[1]}) scale(${scale})`;

