import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { atlasGeometry } from '../src/lib/atlas-geometry';
import { cameraFromMapParam, MAP_LIMITS, openingCamera, panBy, project, zoomAround, type Size } from '../src/lib/svg-map/camera';
import { fromWorld, toWorld } from '../src/lib/svg-map/mercator';
import { mapParam } from '../src/lib/url-state';

const region = atlasGeometry(JSON.parse(readFileSync('geo/overview.topojson', 'utf8')), 'geo/overview.topojson').bounds;
const [west, south, east, north] = region;

describe('Web Mercator as MapLibre draws it', () => {
  it('puts Greenwich on the equator at the middle of the 512 px world, and 85.05° N at its top', () => {
    expect(toWorld([0, 0])).toEqual([256, 256]);
    expect(toWorld([-180, 0])[0]).toBe(0);
    expect(toWorld([0, 85.0511287798066])[1]).toBeCloseTo(0, 6);
  });

  it('gives back the point it projected', () => {
    for (const point of [[-1.23, 46.1], [0.5, 45.3], [170, -60]] as const) {
      const [lng, lat] = fromWorld(toWorld(point));
      expect(lng).toBeCloseTo(point[0], 10);
      expect(lat).toBeCloseTo(point[1], 10);
    }
  });
});

describe('opening camera, fitted to the region', () => {
  const sizes: Size[] = [
    { width: 1366, height: 800 },
    { width: 966, height: 736 },
    { width: 390, height: 664 },
    { width: 1280, height: 560 },
  ];
  for (const size of sizes) {
    it(`shows the whole region inside the padding, touching it on one axis, at ${size.width}×${size.height}`, () => {
      const camera = openingCamera(region, size);
      const [x0, y0] = project(camera, size, [west, north]);
      const [x1, y1] = project(camera, size, [east, south]);
      const p = MAP_LIMITS.padding;
      for (const x of [x0, x1]) expect(x).toBeGreaterThanOrEqual(p - 1e-6);
      for (const y of [y0, y1]) expect(y).toBeGreaterThanOrEqual(p - 1e-6);
      expect(x1).toBeLessThanOrEqual(size.width - p + 1e-6);
      expect(y1).toBeLessThanOrEqual(size.height - p + 1e-6);
      const tight = Math.min(Math.abs(x0 - p), Math.abs(y0 - p));
      expect(tight).toBeLessThan(1e-6);
      // Centred: as much room left as right, above as below.
      expect(x0 + x1).toBeCloseTo(size.width, 6);
      expect(y0 + y1).toBeCloseTo(size.height, 6);
    });
  }

  it('never opens further out than the minimum zoom, even in a tiny container', () => {
    expect(openingCamera(region, { width: 120, height: 90 }).zoom).toBeGreaterThanOrEqual(MAP_LIMITS.minZoom);
  });

  it('zooms in rather than show beyond the maximal bounds in a huge container', () => {
    const size = { width: 8000, height: 300 };
    const camera = openingCamera(region, size);
    const [left] = project(camera, size, [west - MAP_LIMITS.margin[0], north]);
    const [right] = project(camera, size, [east + MAP_LIMITS.margin[0], north]);
    expect(left).toBeLessThanOrEqual(1e-6);
    expect(right).toBeGreaterThanOrEqual(size.width - 1e-6);
  });
});

describe('camera from the address', () => {
  const size = { width: 1366, height: 800 };

  it('opens at the zoom and centre of a `map=` value', () => {
    const camera = openingCamera(region, size, mapParam('#t=ca-niort&map=8.5/46.3/-0.45'));
    expect(camera).toEqual({ center: [-0.45, 46.3], zoom: 8.5 });
    expect(project(camera, size, [-0.45, 46.3])).toEqual([683, 400]);
  });

  it('takes zoom/lat/lng in that order and ignores bearing and pitch', () => {
    expect(cameraFromMapParam('7.25/45.9/0.12/30/10')).toEqual({ center: [0.12, 45.9], zoom: 7.25 });
  });

  it('falls back to the fitted region for what is not a camera', () => {
    const fitted = openingCamera(region, size);
    for (const bad of [null, '', '8/46', 'a/b/c']) expect(openingCamera(region, size, bad)).toEqual(fitted);
  });

  it('holds an address camera within the zoom range and the maximal bounds', () => {
    expect(openingCamera(region, size, '20/46/0').zoom).toBe(MAP_LIMITS.maxZoom);
    expect(openingCamera(region, size, '2/46/0').zoom).toBeGreaterThanOrEqual(MAP_LIMITS.minZoom);
    const far = openingCamera(region, size, '9/60/40');
    const [x, y] = project(far, size, [east + MAP_LIMITS.margin[0], north + MAP_LIMITS.margin[1]]);
    expect(x).toBeCloseTo(size.width, 6);
    expect(y).toBeCloseTo(0, 6);
  });
});

describe('zoom and pan', () => {
  const size = { width: 800, height: 600 };
  const camera = openingCamera(region, size);

  it('keeps the point under the cursor in place when zooming', () => {
    const point = [-0.46, 46.32] as const;
    const at = project(camera, size, point);
    const zoomed = zoomAround(camera, size, 1, at);
    expect(zoomed.zoom).toBe(camera.zoom + 1);
    const after = project(zoomed, size, point);
    expect(after[0]).toBeCloseTo(at[0], 6);
    expect(after[1]).toBeCloseTo(at[1], 6);
  });

  it('moves the map with the drag', () => {
    const point = [0.34, 46.58] as const;
    const [x, y] = project(camera, size, point);
    const [x2, y2] = project(panBy(camera, 40, -25), size, point);
    expect(x2 - x).toBeCloseTo(40, 6);
    expect(y2 - y).toBeCloseTo(-25, 6);
  });
});
