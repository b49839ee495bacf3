// The outlines of the 2026 EPCIs (geo/epci-2026.topojson) tile their member communes and the
// region. Areas with our spherical formula; the committed file decoded by mapshaper.

import { readFileSync } from 'node:fs';
import mapshaper from 'mapshaper';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geometryArea } from '../scripts/geo/area.ts';
import { readGeoInputs } from '../scripts/geo/inputs.ts';
import { communes2026Of } from '../src/lib/epci/load-epci.ts';
import type { EpciProperties } from '../src/lib/epci/types.ts';
import { hasSharedGeo, loadLayers, noteSkipIfNoSharedGeo, pointInFeature, projectRoot, sharedGeoDir, type PolyFeature } from './geo-support.ts';

const relative = (a: number, b: number) => Math.abs(a - b) / b;

async function loadOutlines(): Promise<FeatureCollection<Polygon | MultiPolygon, EpciProperties>> {
  const out = await mapshaper.applyCommands('-i epci.json -o format=geojson target=epci', {
    'epci.json': JSON.parse(readFileSync(`${projectRoot}/geo/epci-2026.topojson`, 'utf8')),
  });
  return JSON.parse(String(out['epci.json']));
}

describe('EPCI outlines of 2026', () => {
  it('draws 37 named EPCIs, each labelled inside itself', async () => {
    const { features } = await loadOutlines();
    expect(features).toHaveLength(37);
    expect(new Set(features.map((f) => f.properties.siren)).size).toBe(37);
    for (const f of features) {
      expect(f.properties.name, f.properties.siren).toMatch(/^(CC|CA|CU) /);
      expect(f.properties.communes).toBeGreaterThan(0);
      expect(pointInFeature([f.properties.labelX, f.properties.labelY], f as PolyFeature), f.properties.name).toBe(true);
    }
  });

  it('together cover the region: their areas sum to the region’s (within 0.1 %)', async () => {
    const { features } = await loadOutlines();
    const { region } = await loadLayers();
    const sum = features.reduce((s, f) => s + geometryArea(f.geometry), 0);
    expect(relative(sum, geometryArea(region[0].geometry))).toBeLessThan(1e-3);
  });

  noteSkipIfNoSharedGeo('epci-outlines (areas of the member communes)');
  it.skipIf(!hasSharedGeo)('each has the area of its member communes (within 0.1 %)', async () => {
    const { features } = await loadOutlines();
    const inputs = readGeoInputs(sharedGeoDir, projectRoot);
    const communes2026 = communes2026Of(JSON.parse(readFileSync(`${projectRoot}/geo/communes-2026.json`, 'utf8')));
    const epciOf2008 = new Map(communes2026.flatMap((c) => c.former.map((insee) => [insee, c.epci])));
    const epciOfPolygon = new Map(inputs.communes.map((c) => [c.insee2016, epciOf2008.get(c.insee)!]));
    const members = new Map<string, number>();
    for (const p of inputs.polygons) {
      const siren = epciOfPolygon.get(p.properties.code)!;
      members.set(siren, (members.get(siren) ?? 0) + geometryArea(p.geometry));
    }
    expect(members.size).toBe(37);
    for (const f of features) {
      expect(relative(geometryArea(f.geometry), members.get(f.properties.siren)!), f.properties.name).toBeLessThan(1e-3);
    }
  });
});
