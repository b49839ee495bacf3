// geo/overview.topojson: the geometry the map opens with must be the detailed one, lighter, and
// never visibly apart from it wherever the map draws it (below DETAIL_ZOOM).

import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { loadTopology, readText } from './geo-support.ts';
import { DETAIL_ZOOM } from '../src/map/level-of-detail.ts';
import { DRAWN_OBJECTS as DRAWN } from '../src/lib/atlas-geometry.ts';

const detail = loadTopology();
const overview = JSON.parse(readText('geo/overview.topojson')) as Topology;

const collection = (topology: Topology, name: string) => feature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection;
const pointCount = (topology: Topology) => topology.arcs.reduce((n, arc) => n + arc.length, 0);

/** Every line of a geometry (polygon rings, or lines), as lists of positions. */
function linesOf(f: Feature): Position[][] {
  const g = f.geometry;
  if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'LineString') return [g.coordinates];
  throw new Error(`unexpected ${g.type}`);
}

// Metres on the ground, east and north, near the region (an equirectangular projection is exact enough at this scale).
const NORTH = 47.2; // the region's northernmost latitude: where a pixel covers the fewest metres
const metres = ([lon, lat]: Position) => [lon * 111_320 * Math.cos((46 * Math.PI) / 180), lat * 110_570];

/** How far, in metres, the farthest vertex of `lines` lies from the nearest segment of `from`. */
function farthest(lines: Position[][], from: Position[][]): number {
  const segments = from.flatMap((line) => line.slice(1).map((p, i) => [...metres(line[i]), ...metres(p)]));
  let worst = 0;
  for (const line of lines) {
    for (const p of line) {
      const [px, py] = metres(p);
      let best = Infinity;
      for (const [ax, ay, bx, by] of segments) {
        const [dx, dy] = [bx - ax, by - ay];
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
      }
      worst = Math.max(worst, best);
    }
  }
  return worst;
}

/** Ground metres one screen pixel covers at this MapLibre zoom (512 px tiles), at latitude `lat`. */
const metresPerPixel = (zoom: number, lat: number) => (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

describe('geo/overview.topojson', () => {
  it('holds what the map draws: the detailed objects, ids and properties, on the same arcs', () => {
    expect(Object.keys(overview.objects)).toEqual(DRAWN);
    expect(overview.transform).toEqual(detail.transform);
    expect(overview.arcs).toHaveLength(detail.arcs.length);
    for (const name of DRAWN) expect(overview.objects[name], name).toEqual(detail.objects[name]);
  });

  it('has at most 60 % of the detailed geometry’s points', () => {
    expect(pointCount(overview)).toBeLessThan(0.6 * pointCount(detail));
  });

  it('keeps every island and enclave a polygon: no ring collapses into a line', () => {
    for (const name of ['territories', 'outside', 'region', 'land']) {
      for (const f of collection(overview, name).features) {
        for (const ring of linesOf(f)) expect(new Set(ring.map((p) => p.join())).size, `${name} ${f.id ?? ''}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('lies less than a pixel from the detailed geometry wherever the map draws it', () => {
    const pixel = metresPerPixel(DETAIL_ZOOM, NORTH);
    for (const name of DRAWN) {
      const coarse = collection(overview, name).features;
      const fine = collection(detail, name).features;
      for (const [i, f] of fine.entries()) {
        const label = `${name} ${f.id ?? (f.properties as { kind?: string }).kind ?? i}`;
        // Both ways: no detailed vertex far from the overview, no overview vertex cutting a corner.
        const apart = Math.max(farthest(linesOf(f), linesOf(coarse[i])), farthest(linesOf(coarse[i]), linesOf(f)));
        expect(apart / pixel, label).toBeLessThan(1);
      }
    }
  });
});
