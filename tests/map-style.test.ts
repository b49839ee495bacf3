import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiLineString, Polygon, MultiPolygon } from 'geojson';
import { atlasGeometry } from '../src/lib/atlas-geometry';
import { atlasFeatures, buildStyle, COMPARED_SOURCE, FILL_LAYER, HOVER_SOURCE, SELECTION_SOURCE } from '../src/map/style';
import { outlineData, outlinesData, shapesById } from '../src/map/outline';

const topology = JSON.parse(readFileSync('geo/territories.topojson', 'utf8')) as Topology;
const geometry = atlasGeometry(topology, 'geo/territories.topojson');
const paint = { fill: {}, emphasised: null, label: {}, compared: [] };
const style = buildStyle({ ...geometry, paint });
const source = atlasFeatures(geometry);
const drawnBy = (layerId: string) => {
  const layer = style.layers.find((l) => l.id === layerId) as { filter: FilterSpecification };
  const filter = featureFilter(layer.filter, 'filter');
  return source.features.filter((f) => filter.filter({ zoom: 8 } as never, { type: f.geometry.type === 'Point' ? 1 : 3, properties: f.properties } as never));
};

describe('the map style on the real geometry', () => {
  it('fills every territory and « hors enquête » once, over the land', () => {
    const filled = drawnBy(FILL_LAYER);
    const territories = filled.filter((f) => f.properties!.layer === 'territory');
    expect(territories.map((f) => f.properties!.id).sort()).toEqual(geometry.territories.features.map((f) => String(f.id)).sort());
    expect(filled.filter((f) => f.properties!.layer === 'outside')).toHaveLength(geometry.outside.features.length);
    expect(filled.filter((f) => f.properties!.layer === 'land')).toHaveLength(1);
    // Source order is drawing order: the land lies under everything else.
    expect(filled[0].properties!.layer).toBe('land');
    expect(filled.some((f) => f.properties!.layer === 'region')).toBe(false);
  });

  it('outlines exactly the compared territories, and none before a comparison', () => {
    const comparedIn = (st: typeof style) => (st.sources[COMPARED_SOURCE] as { data: FeatureCollection }).data.features.map((f) => f.id);
    expect(comparedIn(style)).toEqual([]);
    const compared = buildStyle({ ...geometry, paint: { ...paint, compared: ['pays-mellois', 'pays-civraisien'] } });
    expect(comparedIn(compared)).toEqual(['pays-mellois', 'pays-civraisien']);
    expect(compared.layers.find((l) => l.id === 'compared-line')).toMatchObject({ source: COMPARED_SOURCE });
  });

  it('draws the geometry from one source, the outlines from small ones that start empty; no symbol layer (labels are HTML)', () => {
    expect(Object.keys(style.sources).sort()).toEqual(['atlas', COMPARED_SOURCE, HOVER_SOURCE, SELECTION_SOURCE].sort());
    for (const id of [HOVER_SOURCE, SELECTION_SOURCE, COMPARED_SOURCE]) expect((style.sources[id] as { data: { features: unknown[] } }).data.features).toEqual([]);
    const outlineLayers = style.layers.filter((l) => 'source' in l && l.source !== 'atlas');
    expect(outlineLayers.map((l) => l.id)).toEqual(['compared-casing', 'compared-line', 'hover-line', 'selection-line']); // the selection drawn last
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('draws the outlines that appear later with the line program the opening map already uses: constant colour and width, no dash', () => {
    // A first comparison used to compile the dashed line's program in its own frame: 120–210 ms under a software renderer.
    const region = style.layers.find((l) => l.id === 'region-line')!;
    expect(region.type).toBe('line');
    const constantPaint = (l: (typeof style.layers)[number]) => Object.entries((l as { paint?: Record<string, unknown> }).paint ?? {}).filter(([, v]) => typeof v !== 'string' && typeof v !== 'number');
    expect(constantPaint(region)).toEqual([]);
    for (const id of ['compared-casing', 'compared-line', 'hover-line', 'selection-line']) {
      const layer = style.layers.find((l) => l.id === id)!;
      expect(layer.type).toBe('line');
      expect(Object.keys((layer as { paint: object }).paint).sort()).toEqual(['line-color', 'line-width']);
      expect(constantPaint(layer), id).toEqual([]);
    }
  });

  it('puts one territory, or none, in an outline source', () => {
    const shapes = shapesById(geometry.territories);
    const mellois = outlineData(shapes, 'pays-mellois');
    expect(mellois.features.map((f) => f.id)).toEqual(['pays-mellois']);
    expect(mellois.features[0].geometry.type).toMatch(/Polygon/);
    expect(outlineData(shapes, null).features).toEqual([]);
    expect(outlineData(shapes, 'pays-inconnu').features).toEqual([]);
    expect(outlinesData(shapes, ['ca-niort', 'pays-inconnu', 'pays-gatine']).features.map((f) => f.id)).toEqual(['ca-niort', 'pays-gatine']);
  });
});

// Segments as unordered point pairs, to compare lines and polygon edges drawn in either direction.
const key = (a: number[], b: number[]) => [a.join(), b.join()].sort().join(' ');
// Where arcs are stitched a line may repeat a point: that is no segment of any border.
const segments = (lineStrings: number[][][]) =>
  lineStrings.flatMap((l) => l.slice(1).flatMap((p, i) => (p.join() === l[i].join() ? [] : [key(l[i], p)])));
const rings = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
const edges = (features: FeatureCollection['features']) => segments(features.flatMap((f) => rings(f.geometry as Polygon | MultiPolygon)));
const departements = feature(topology, topology.objects.departements as GeometryCollection) as FeatureCollection;
const contextDepartements = departements.features.filter((f) => f.properties!.context);
const regionSegments = new Set(edges(geometry.region.features));

describe('the département borders', () => {
  const borders = geometry.borders;
  const lines = (kind: string) => (borders.features.find((f) => f.properties!.kind === kind)!.geometry as MultiLineString).coordinates;

  it('draws each border once, where the département polygons drew it twice', () => {
    const drawn = [...segments(lines('departement')), ...segments(lines('context'))];
    expect(drawn.length).toBeGreaterThan(1000);
    expect(new Set(drawn).size).toBe(drawn.length);
    const stroked = edges(departements.features);
    expect(new Set(stroked).size).toBeLessThan(stroked.length); // shared borders, stroked from both sides
    expect(drawn.length).toBeLessThan(stroked.length / 2);
  });

  it('leaves the region\'s own border to the region outline', () => {
    const surveyed = segments(lines('departement'));
    expect(surveyed.length).toBeGreaterThan(100); // the borders between Charente, Charente-Maritime, Deux-Sèvres and Vienne
    expect(surveyed.filter((s) => regionSegments.has(s))).toEqual([]);
    expect(segments(lines('context')).filter((s) => regionSegments.has(s))).toEqual([]);
  });
});

describe('the land under the territories', () => {
  const land = geometry.land.features[0].geometry as Polygon | MultiPolygon;
  const landSegments = new Set(edges(geometry.land.features));
  // Even-odd ray casting over every ring: a point in a hole counts as outside.
  const inside = ([x, y]: number[], g: Polygon | MultiPolygon) =>
    rings(g).reduce((odd, ring) => {
      let crossings = 0;
      for (let i = 1; i < ring.length; i++) {
        const [x0, y0] = ring[i - 1];
        const [x1, y1] = ring[i];
        if (y0 > y !== y1 > y && x < x0 + ((y - y0) * (x1 - x0)) / (y1 - y0)) crossings++;
      }
      return crossings % 2 ? !odd : odd;
    }, false);

  it('lies under every territory and every context département: no sea shows between the region and its neighbours', () => {
    const territoryPoints = (topology.objects.territories as GeometryCollection).geometries.map((g) => {
      const p = g.properties as { labelX: number; labelY: number };
      return [p.labelX, p.labelY];
    });
    expect(territoryPoints).toHaveLength(33);
    expect(territoryPoints.filter((p) => !inside(p, land))).toEqual([]);
    // The context départements' outer edges (coasts, the frame's edge) are the land's edges.
    const counts = new Map<string, number>();
    for (const s of edges(contextDepartements)) counts.set(s, (counts.get(s) ?? 0) + 1);
    const outer = [...counts].filter(([s, n]) => n === 1 && !regionSegments.has(s)).map(([s]) => s);
    expect(outer.length).toBeGreaterThan(100);
    expect(outer.filter((s) => !landSegments.has(s))).toEqual([]);
  });

  it("leaves out the region's inland border, which the territories cover, and keeps its coast", () => {
    const contextSegments = new Set(edges(contextDepartements));
    const inland = [...regionSegments].filter((s) => contextSegments.has(s));
    expect(inland.length).toBeGreaterThan(1000);
    expect(inland.filter((s) => landSegments.has(s))).toEqual([]);
    const coast = [...regionSegments].filter((s) => !contextSegments.has(s));
    expect(coast.length).toBeGreaterThan(100);
    expect(coast.filter((s) => !landSegments.has(s))).toEqual([]);
  });
});
