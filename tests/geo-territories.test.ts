// geo/territories.topojson: the objects, the 33 territories and their properties, valid geometry.

import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPECTED_IDS, TOPOJSON_PATH, loadLayers, loadTopology, pointInFeature, polygonsOf, type PolyFeature } from './geo-support.ts';
import type { TerritoryProperties } from '../src/lib/geo/types.ts';

const TERRITORY_KEYS = [
  'name', 'kind', 'departement', 'communes', 'declaredCommunes', 'communesDiff', 'population', 'populationMissing',
  'parent', 'children', 'neighbours', 'labelX', 'labelY',
];

describe('geo/territories.topojson', () => {
  it('stays under 150 KB', () => {
    expect(statSync(TOPOJSON_PATH).size).toBeLessThan(150 * 1024);
  });

  it('has the four objects, and 33 territories with exactly the survey ids', () => {
    const topology = loadTopology();
    expect(topology.type).toBe('Topology');
    expect(Object.keys(topology.objects)).toEqual(['territories', 'outside', 'departements', 'region', 'land', 'borders']);
    const ids = (topology.objects.territories as { geometries: { id?: string | number }[] }).geometries.map((g) => g.id);
    expect(ids).toHaveLength(33);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it('gives every territory its properties', async () => {
    const { territories } = await loadLayers();
    for (const f of territories) {
      const p = f.properties as TerritoryProperties;
      expect(Object.keys(p), f.id).toEqual(TERRITORY_KEYS);
      expect(['pays', 'agglomeration']).toContain(p.kind);
      expect(f.id.startsWith(p.kind === 'pays' ? 'pays-' : 'ca-'), f.id).toBe(true);
      expect(['16', '17', '79', '86']).toContain(p.departement);
      expect(p.communes).toBeGreaterThan(0);
      expect(p.population).toBeGreaterThan(0);
      expect(p.populationMissing).toBeGreaterThanOrEqual(0);
      expect(p.populationMissing).toBeLessThanOrEqual(p.communes);
      expect(p.neighbours).toEqual([...p.neighbours].sort());
    }
  });

  it('nests only the CA du Pays Rochefortais, in the Pays Rochefortais, both ways', async () => {
    const { territories } = await loadLayers();
    const byId = new Map(territories.map((f) => [f.id, f.properties as TerritoryProperties]));
    const nested = territories.filter((f) => f.properties.parent !== null).map((f) => [f.id, f.properties.parent]);
    expect(nested).toEqual([['ca-pays-rochefortais', 'pays-rochefortais']]);
    for (const [id, p] of byId) {
      for (const child of p.children) expect(byId.get(child)?.parent, `${child} of ${id}`).toBe(id);
      if (p.parent) expect(byId.get(p.parent)?.children).toContain(id);
    }
  });

  it('has valid polygons everywhere: closed rings of ≥ 4 finite lon/lat points', async () => {
    const layers = await loadLayers();
    const all: PolyFeature[] = [...layers.territories, ...layers.outside, ...layers.departements, ...layers.region];
    for (const f of all) {
      expect(['Polygon', 'MultiPolygon'], String(f.id)).toContain(f.geometry.type);
      for (const rings of polygonsOf(f)) {
        expect(rings.length).toBeGreaterThan(0);
        for (const ring of rings) {
          expect(ring.length, String(f.id)).toBeGreaterThanOrEqual(4);
          expect(ring[0], String(f.id)).toEqual(ring[ring.length - 1]);
          for (const [lon, lat] of ring) {
            expect(Number.isFinite(lon) && Number.isFinite(lat), String(f.id)).toBe(true);
            // WGS84 degrees around western France, not projected metres.
            expect(lon).toBeGreaterThan(-5);
            expect(lon).toBeLessThan(5);
            expect(lat).toBeGreaterThan(43);
            expect(lat).toBeLessThan(49);
          }
        }
      }
    }
  });

  it('keeps the islands: Ré, Oléron, Aix', async () => {
    const { territories, region } = await loadLayers();
    const byId = new Map(territories.map((f) => [f.id, f]));
    // Ré is a territory of its own; Oléron sits beside the Marennes basin, Aix beside Rochefort.
    expect(byId.get('pays-ile-de-re')).toBeDefined();
    expect(polygonsOf(byId.get('pays-marennes-oleron')!).length).toBeGreaterThanOrEqual(2);
    expect(polygonsOf(byId.get('ca-pays-rochefortais')!).length).toBeGreaterThanOrEqual(2);
    expect(polygonsOf(region[0]).length).toBeGreaterThanOrEqual(4);
  });

  it('puts each label point inside its territory, and a pays label outside its nested agglomération', async () => {
    const { territories } = await loadLayers();
    const byId = new Map(territories.map((f) => [f.id, f]));
    for (const f of territories) {
      const point = [f.properties.labelX, f.properties.labelY];
      expect(pointInFeature(point, f), f.id).toBe(true);
      for (const child of f.properties.children as string[]) {
        expect(pointInFeature(point, byId.get(child)!), `${f.id} label in ${child}`).toBe(false);
      }
    }
  });

  it('describes the hors enquête parts, the départements and the region', async () => {
    const { outside, departements, region } = await loadLayers();
    expect(outside.map((f) => f.properties.departement).sort()).toEqual(['16', '79', '86']);
    for (const f of outside) expect(f.properties.name).toBe('hors enquête');
    // 39 communes belong to no surveyed territory (see ../shared/geo/README.md).
    expect(outside.reduce((sum, f) => sum + f.properties.communes, 0)).toBe(39);
    const own = departements.filter((f) => !f.properties.context).map((f) => [f.properties.code, f.properties.nom]);
    expect(own).toEqual([['16', 'Charente'], ['17', 'Charente-Maritime'], ['79', 'Deux-Sèvres'], ['86', 'Vienne']]);
    const context = departements.filter((f) => f.properties.context).map((f) => f.properties.code);
    for (const code of ['24', '33', '36', '37', '49', '85', '87']) expect(context).toContain(code);
    expect(region.map((f) => f.properties)).toEqual([{ code: '54', nom: 'Poitou-Charentes' }]);
  });
});
