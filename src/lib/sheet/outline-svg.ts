/**
 * Territory outlines as SVG paths, for a locator that prints as vectors without the map renderer.
 * An equirectangular projection with longitudes shrunk by the cosine of the region's mid-latitude:
 * at the scale of one region the distortion is far below what a locator shows.
 */
import type { FeatureCollection, Position } from 'geojson';
import { boundsOf } from '../atlas-geometry';

export interface Outline {
  id: string;
  kind: string;
  d: string;
}

export interface Outlines {
  width: number;
  height: number;
  /** Pays first, agglomérations after: an agglomération nested in a pays is drawn over it. */
  territories: Outline[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A projection of [lon, lat] into a box `width` wide whose height follows the region's shape. */
export function projection(bounds: readonly [number, number, number, number], width: number) {
  const [west, south, east, north] = bounds;
  const shrink = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * shrink);
  return {
    height: round((north - south) * scale),
    project: ([lon, lat]: Position | readonly [number, number]): [number, number] => [round((lon - west) * shrink * scale), round((north - lat) * scale)],
  };
}

function ringPath(ring: Position[], project: (p: Position) => [number, number]): string {
  const points: string[] = [];
  for (const position of ring) {
    const point = project(position).join(',');
    if (points[points.length - 1] !== point) points.push(point);
  }
  return points.length > 2 ? `M${points.join('L')}Z` : '';
}

export function outlines(collection: FeatureCollection, width = 200): Outlines {
  const { height, project } = projection(boundsOf(collection), width);
  const territories = collection.features.map((f) => {
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const d = polygons.flatMap((rings) => rings.map((ring) => ringPath(ring, project))).join('');
    return { id: String(f.id ?? f.properties?.id), kind: String(f.properties?.kind ?? ''), d };
  });
  territories.sort((a, b) => Number(a.kind === 'agglomeration') - Number(b.kind === 'agglomeration'));
  return { width, height, territories };
}
