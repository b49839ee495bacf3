import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Polygon, MultiPolygon, Position } from 'geojson';
import { atlasGeometry } from '../src/lib/atlas-geometry';
import { MAP_LIMITS, openingCamera, project } from '../src/lib/svg-map/camera';
import { frameTransform } from '../src/lib/svg-map/paths';
import { svgGeometry, territoryLineWidth } from '../src/lib/svg-map/svg-geometry';
import { LINE_STYLE } from '../src/map/style';

const geometry = atlasGeometry(JSON.parse(readFileSync('geo/overview.topojson', 'utf8')), 'geo/overview.topojson');
const drawn = svgGeometry(geometry);

/** The absolute points of path data made of M, l and z commands. */
function vertices(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [, command, x, y] of d.matchAll(/([Ml])(-?\d+) (-?\d+)/g)) {
    const last = out.at(-1) ?? [0, 0];
    out.push(command === 'M' ? [+x, +y] : [last[0] + +x, last[1] + +y]);
  }
  return out;
}

describe('SVG paths of the atlas geometry', () => {
  it('draws every territory of the survey, agglomérations over the pays', () => {
    expect(drawn.territories).toHaveLength(33);
    const kinds = drawn.territories.map((t) => t.kind);
    expect(kinds.indexOf('agglomeration')).toBeGreaterThan(kinds.lastIndexOf('pays'));
    for (const t of drawn.territories) expect(t.d).toMatch(/^M-?\d+ -?\d+l.*z$/);
    expect(drawn.territories.find((t) => t.id === 'pays-mellois')?.name).toBe('Pays Mellois');
  });

  it('draws the land, « hors enquête », both kinds of département border and the region', () => {
    for (const d of [drawn.land, drawn.outside, drawn.departementBorders, drawn.contextBorders, drawn.region]) expect(d.length).toBeGreaterThan(100);
    expect(drawn.departementBorders).not.toMatch(/z/);
  });

  it('places every vertex, through the one transform, within half a pixel (on each axis) of its projection at the closest zoom', () => {
    const size = { width: 1066, height: 758 };
    const camera = { ...openingCamera(geometry.bounds, size), zoom: MAP_LIMITS.maxZoom };
    const { scale, translate } = frameTransform(drawn.frame, camera, size);
    const region = geometry.region.features[0].geometry as Polygon | MultiPolygon;
    const rings: Position[][] = region.type === 'Polygon' ? region.coordinates : region.coordinates.flat();
    const points = rings.flat();
    const drawnPoints = vertices(drawn.region);
    expect(drawnPoints.length).toBeGreaterThan(100);
    // Consecutive points rounded to the same pixel are written once: compare each drawn point with the next source point at that spot.
    let i = 0;
    for (const [ux, uy] of drawnPoints) {
      const x = ux * scale + translate[0];
      const y = uy * scale + translate[1];
      const off = (p: Position) => {
        const [px, py] = project(camera, size, p as [number, number]);
        return Math.max(Math.abs(px - x), Math.abs(py - y));
      };
      while (i < points.length && off(points[i]) > 0.5 + 1e-6) i++;
      expect(i, `point (${x}, ${y}) not found in order`).toBeLessThan(points.length);
    }
  });

  it('widens the territory borders with the zoom as the MapLibre style does', () => {
    const [z0, z1] = LINE_STYLE.territory.zooms;
    const [w0, w1] = LINE_STYLE.territory.widths;
    expect(territoryLineWidth(z0 - 2)).toBe(w0);
    expect(territoryLineWidth((z0 + z1) / 2)).toBeCloseTo((w0 + w1) / 2, 10);
    expect(territoryLineWidth(z1 + 1)).toBe(w1);
  });
});
