import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasGeometry } from '../src/lib/atlas-geometry';
import { locatorFrame, locatorPaint } from '../src/lib/sheet/locator';
import { constrainCamera, maxBoundsOf, project } from '../src/lib/svg-map/camera';
import { stepBounds } from '../src/lib/story/step-bounds';

const geometry = atlasGeometry(JSON.parse(readFileSync('geo/overview.topojson', 'utf8')), 'geo/overview.topojson');
const region = geometry.bounds;

describe('the sheets’ small maps', () => {
  it('fit the whole region inside their box, at a camera the SVG map keeps as it is', () => {
    for (const [padding, zoom] of [[6, undefined], [10, 6.9]] as const) {
      const frame = locatorFrame(region, padding, zoom);
      const size = { width: frame.width, height: frame.height };
      // The SVG map holds a camera within the map's zoom range and bounds: this one must come out unchanged.
      const held = constrainCamera(frame.camera, size, maxBoundsOf(region));
      expect(held.zoom).toBeCloseTo(frame.camera.zoom, 6);
      const corners = [[region[0], region[3]], [region[2], region[1]]] as const;
      for (const corner of corners) {
        const [x, y] = project(held, size, corner);
        expect(x).toBeGreaterThanOrEqual(padding - 0.5);
        expect(x).toBeLessThanOrEqual(frame.width - padding + 0.5);
        expect(y).toBeGreaterThanOrEqual(padding - 0.5);
        expect(y).toBeLessThanOrEqual(frame.height - padding + 0.5);
      }
    }
  });

  it('pick out one territory in a colour of its own', () => {
    const ids = geometry.territories.features.map((f) => String(f.id));
    const paint = locatorPaint(ids, 'pays-thouarsais');
    expect(Object.keys(paint.fill)).toHaveLength(33);
    const others = new Set(ids.filter((id) => id !== 'pays-thouarsais').map((id) => paint.fill[id]));
    expect(others.size).toBe(1);
    expect(others.has(paint.fill['pays-thouarsais'])).toBe(false);
  });
});

describe('the guided tour’s framing', () => {
  it('frames the compared territories, else the open one, else the region', () => {
    const niort = stepBounds({ t: 'ca-niort', cmp: [] }, geometry.territories, region);
    const around = stepBounds({ t: 'ca-niort', cmp: ['ca-niort', 'pays-mellois', 'pays-gatine'] }, geometry.territories, region);
    expect(stepBounds({ t: null, cmp: [] }, geometry.territories, region)).toEqual(region);
    // Niort's agglomération lies inside the frame of it and its neighbours, which is larger and inside the region.
    expect(around[0]).toBeLessThanOrEqual(niort[0]);
    expect(around[1]).toBeLessThanOrEqual(niort[1]);
    expect(around[2]).toBeGreaterThanOrEqual(niort[2]);
    expect(around[3]).toBeGreaterThanOrEqual(niort[3]);
    expect((around[2] - around[0]) * (around[3] - around[1])).toBeGreaterThan((niort[2] - niort[0]) * (niort[3] - niort[1]));
    expect(around[0]).toBeGreaterThanOrEqual(region[0]);
    expect(around[3]).toBeLessThanOrEqual(region[3]);
  });
});
