// geo/communes.json and geo/composition.json, against each other, against the territories, and
// against the raw composition table when ../shared/geo is there.

import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  EXPECTED_IDS, hasSharedGeo, loadCommunes, loadComposition, loadLayers, noteSkipIfNoSharedGeo, pointInFeature,
  readTsv, sharedGeoDir, type PolyFeature,
} from './geo-support.ts';

const COMMUNE_KEYS = ['insee', 'name', 'insee2018', 'name2018', 'pays', 'agglo', 'epci', 'population', 'confidence', 'point'];

const membersOf = (id: string) => loadCommunes().filter((c) => c.pays === id || c.agglo === id);

describe('geo/communes.json', () => {
  it('lists the 1,462 communes of 2008 once each, sorted, with every field', () => {
    const communes = loadCommunes();
    expect(communes).toHaveLength(1462);
    const codes = communes.map((c) => c.insee);
    expect(new Set(codes).size).toBe(1462);
    expect(codes).toEqual([...codes].sort());
    for (const c of communes) {
      expect(Object.keys(c), c.insee).toEqual(COMMUNE_KEYS);
      expect(c.insee).toMatch(/^(16|17|79|86)\d{3}$/);
      expect(c.insee2018).toMatch(/^(16|17|79|86)\d{3}$/);
      expect(c.name.length && c.name2018.length).toBeGreaterThan(0);
      if (c.epci) expect(c.epci.siren).toMatch(/^\d{9}$/);
      // The population comes from the EPCI list, so isolated communes have none.
      expect(c.population === null, c.insee).toBe(c.epci === null);
      const [lon, lat] = c.point;
      expect(lon).toBe(Math.round(lon * 1e5) / 1e5);
      expect(lat).toBe(Math.round(lat * 1e5) / 1e5);
    }
  });

  it('uses only known territory ids, and a nested agglomération always with its pays', async () => {
    const { territories } = await loadLayers();
    const byId = new Map(territories.map((f) => [f.id, f.properties]));
    for (const c of loadCommunes()) {
      if (c.pays) expect(byId.get(c.pays)?.kind, c.insee).toBe('pays');
      if (c.agglo) {
        expect(byId.get(c.agglo)?.kind, c.insee).toBe('agglomeration');
        expect(c.pays, c.insee).toBe(byId.get(c.agglo)!.parent);
      }
    }
  });

  it('puts each commune point inside its territory, or inside hors enquête', async () => {
    const { territories, outside } = await loadLayers();
    const byId = new Map(territories.map((f) => [f.id, f]));
    for (const c of loadCommunes()) {
      const owner = c.agglo ?? c.pays;
      const feature = owner ? byId.get(owner)! : outside.find((f) => f.properties.departement === c.insee.slice(0, 2))!;
      expect(pointInFeature(c.point, feature), `${c.insee} ${c.name} in ${owner ?? 'hors enquête'}`).toBe(true);
    }
  });

  it('agrees with the territories: commune counts, population and missing figures', async () => {
    const { territories } = await loadLayers();
    for (const f of territories) {
      const members = membersOf(f.id);
      expect(f.properties.communes, f.id).toBe(members.length);
      expect(f.properties.population, f.id).toBe(members.reduce((s, c) => s + (c.population ?? 0), 0));
      expect(f.properties.populationMissing, f.id).toBe(members.filter((c) => c.population === null).length);
    }
  });
});

describe('geo/composition.json', () => {
  it('has one entry per territory, consistent with communes.json', () => {
    const composition = loadComposition();
    expect(Object.keys(composition).sort()).toEqual([...EXPECTED_IDS].sort());
    for (const [id, entry] of Object.entries(composition)) {
      const members = membersOf(id);
      expect(entry.communes, id).toBe(members.length);
      expect(entry.epci.reduce((s, e) => s + e.communes, 0) + entry.isolated.length, id).toBe(entry.communes);
      expect(entry.population, id).toBe(members.reduce((s, c) => s + (c.population ?? 0), 0));
      expect(entry.isolated, id).toEqual(members.filter((c) => !c.epci).map((c) => ({ insee: c.insee, name: c.name })));
      for (const e of entry.epci) {
        expect(members.filter((c) => c.epci?.siren === e.siren).length, `${id} ${e.name}`).toBe(e.communes);
      }
    }
  });

  it('shows the nesting: the Pays Rochefortais holds the whole CA du Pays Rochefortais', () => {
    const composition = loadComposition();
    const ca = composition['ca-pays-rochefortais'].epci;
    expect(ca).toHaveLength(1);
    expect(composition['pays-rochefortais'].epci).toContainEqual(ca[0]);
  });
});

noteSkipIfNoSharedGeo('geo-communes raw comparisons');

describe.skipIf(!hasSharedGeo)('against the raw geography', () => {
  it('maps as many communes per territory as composition-2008.tsv and territories.tsv say', async () => {
    const rows = readTsv(resolve(sharedGeoDir, 'composition-2008.tsv'));
    const expected = new Map<string, number>();
    for (const r of rows) {
      for (const id of [r.pays_id, r.agglo_id]) if (id) expected.set(id, (expected.get(id) ?? 0) + 1);
    }
    const { territories } = await loadLayers();
    for (const f of territories) expect(f.properties.communes, f.id).toBe(expected.get(f.id));
    for (const t of readTsv(resolve(sharedGeoDir, 'territories.tsv'))) {
      expect(territories.find((f) => f.id === t.id)?.properties.communes, t.id).toBe(Number(t.mapped_communes));
    }
    expect(loadCommunes().map((c) => c.insee)).toEqual(rows.map((r) => r.insee_2008).sort());
  });

  it('places each commune point inside its own 2016 polygon', () => {
    const polygons = new Map<string, PolyFeature>();
    for (const file of readdirSync(sharedGeoDir).filter((f) => /^communes-2016-.*\.geojson$/.test(f))) {
      const fc = JSON.parse(readFileSync(resolve(sharedGeoDir, file), 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
      for (const f of fc.features as Feature<Polygon | MultiPolygon, { code: string }>[]) {
        polygons.set(f.properties.code, { ...f, id: f.properties.code } as PolyFeature);
      }
    }
    const to2016 = new Map(readTsv(resolve(sharedGeoDir, 'composition-2008.tsv')).map((r) => [r.insee_2008, r.insee_2016]));
    for (const c of loadCommunes()) {
      expect(pointInFeature(c.point, polygons.get(to2016.get(c.insee)!)!), `${c.insee} ${c.name}`).toBe(true);
    }
  });
});

describe('placement confidence', () => {
  it('carries the research confidence of each commune, low for the few doubtful isolated communes', async () => {
    const { readFileSync } = await import('node:fs');
    const entries = JSON.parse(readFileSync('geo/communes.json', 'utf8')) as { name: string; insee: string; confidence: string; pays: string | null }[];
    expect(entries.every((c) => ['high', 'medium', 'low'].includes(c.confidence))).toBe(true);
    const low = entries.filter((c) => c.confidence === 'low');
    // The composition's own notes name Mornac (16), La Mothe-Saint-Héray, Exoudun, La Couarde (79) and Coussay (86).
    expect(low.map((c) => c.name).sort()).toEqual(['Coussay', 'Exoudun', 'La Couarde', 'La Mothe-Saint-Héray', 'Mornac']);
    expect(low.find((c) => c.name === 'Coussay')!.pays).toBeNull();
  });
});
