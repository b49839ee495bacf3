// The geometry and the GeoJSON export as GDAL/OGR, the library behind QGIS, reads them: every
// polygon valid by GEOS's rules (ST_IsValid of SpatiaLite, in ogrinfo's SQLite dialect), and the
// export surviving a conversion to Shapefile and GeoPackage with its field names and 33 features.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dataset } from './survey-fixtures';
import { readText } from './geo-support';
import { territoriesGeoJson } from '../src/lib/export/geojson';
import { EPCI_FIELDS, territoryFields } from '../src/lib/export/fields';
import { crosswalkOf, epciOutlines } from '../src/lib/epci/load-epci';
import { epciGeoJson } from '../src/lib/epci/epci-export';
import { defaultView } from '../src/lib/url-state';

/** Whether GDAL's command-line tools are here; one line when they are not, and no skipping in CI. */
function gdalAvailable(): boolean {
  try {
    execFileSync('ogrinfo', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    if (process.env.CI) throw new Error('The GDAL checks must run in CI, but ogrinfo was not found (apt-get install -y gdal-bin).');
    console.warn('GDAL checks skipped: no ogrinfo (apt-get install -y gdal-bin).');
    return false;
  }
}

const ogr = (tool: 'ogrinfo' | 'ogr2ogr', args: string[]) => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The polygons of every object of a topology, each tagged with its object and id. */
function polygonsOf(topology: Topology): FeatureCollection {
  const features: Feature[] = [];
  for (const [name, object] of Object.entries(topology.objects)) {
    for (const f of (feature(topology, object as GeometryCollection) as FeatureCollection).features) {
      if (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') {
        features.push({ type: 'Feature', geometry: f.geometry, properties: { object: name, id: String(f.id ?? '') } });
      }
    }
  }
  return { type: 'FeatureCollection', features };
}

describe.runIf(gdalAvailable())('GDAL/OGR reading the geometry and the exports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-gdal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes a collection as a GeoJSON file named `layer`, and returns its path. */
  function geojsonFile(layer: string, collection: FeatureCollection): string {
    const path = join(dir, `${layer}.geojson`);
    writeFileSync(path, JSON.stringify(collection));
    return path;
  }

  /** GEOS's verdict on each polygon of a layer: how many, how many valid, and why the others are not. */
  function validity(path: string, layer: string, label: string) {
    const count = ogr('ogrinfo', ['-ro', '-q', '-dialect', 'SQLite', '-sql', `SELECT COUNT(*) AS n, SUM(ST_IsValid(geometry)) AS valid FROM "${layer}"`, path]);
    const [n, valid] = ['n', 'valid'].map((field) => Number(new RegExp(`${field} \\(Integer\\) = (\\d+)`).exec(count)?.[1]));
    const reasons = ogr('ogrinfo', [
      '-ro', '-q', '-dialect', 'SQLite', '-sql',
      `SELECT ${label} AS what, IsValidReason(geometry) AS reason FROM "${layer}" WHERE NOT ST_IsValid(geometry)`,
      path,
    ]);
    return { n, valid, invalid: [...reasons.matchAll(/what \(String\) = (.*)\n\s*reason \(String\) = (.*)/g)].map((m) => `${m[1]}: ${m[2]}`) };
  }

  const perimetersOf = (topology: Topology) => {
    const collection = feature(topology, topology.objects.territories as GeometryCollection) as FeatureCollection;
    for (const f of collection.features) f.properties = { ...f.properties, id: f.id };
    return collection;
  };
  const detailed = JSON.parse(readText('geo/territories.topojson')) as Topology;
  const crosswalk = crosswalkOf(JSON.parse(readText('geo/crosswalk-2026.json')));
  const exported = territoriesGeoJson(dataset, perimetersOf(detailed), defaultView(), crosswalk);
  const nameOf = (id: string) => dataset.territories.find((t) => t.id === id)?.name ?? id;
  const countOf = (id: string) => dataset.territories.find((t) => t.id === id)?.practices.length ?? 0;
  const exportedEpci = epciGeoJson(epciOutlines(JSON.parse(readText('geo/epci-2026.topojson'))), crosswalk, nameOf, countOf);

  it('tells an invalid polygon from a valid one (the check itself works here)', () => {
    const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    const bowTie = [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]];
    const path = geojsonFile('probe', {
      type: 'FeatureCollection',
      features: [square, bowTie].map((ring, i) => ({ type: 'Feature', properties: { object: 'probe', id: String(i) }, geometry: { type: 'Polygon', coordinates: [ring] } })),
    });
    const result = validity(path, 'probe', 'id');
    expect(result).toMatchObject({ n: 2, valid: 1 });
    expect(result.invalid).toEqual([expect.stringMatching(/^1: Self-intersection/)]);
  });

  for (const file of ['geo/territories.topojson', 'geo/overview.topojson']) {
    it(`finds every polygon of ${file} valid`, () => {
      const polygons = polygonsOf(JSON.parse(readText(file)) as Topology);
      const layer = file.includes('overview') ? 'overview' : 'territories';
      const result = validity(geojsonFile(layer, polygons), layer, "object || ' ' || id");
      expect(result.invalid).toEqual([]);
      expect(result.n).toBe(polygons.features.length);
      expect(result.valid).toBe(result.n);
      // The 33 territories at least, and the other objects besides.
      expect(result.n).toBeGreaterThan(33);
    });
  }

  it('finds every polygon of the GeoJSON export valid', () => {
    const result = validity(geojsonFile('export', exported), 'export', 'ID');
    expect(result.invalid).toEqual([]);
    expect(result).toMatchObject({ n: 33, valid: 33 });
  });

  const exports = [
    { layer: 'territoires', collection: exported, count: 33, expected: territoryFields(dataset.themes) },
    { layer: 'intercommunalites', collection: exportedEpci, count: 37, expected: [...EPCI_FIELDS] },
  ];
  for (const [driver, extension] of [['ESRI Shapefile', 'shp'], ['GPKG', 'gpkg']]) {
    for (const { layer, collection, count, expected } of exports) {
      it(`converts the GeoJSON export of the ${layer} to ${driver} with every field name kept and ${count} features`, () => {
        const source = geojsonFile(layer, collection);
        const target = join(dir, `${layer}.${extension}`);
        // GDAL warns on stderr when it renames or truncates a field.
        const conversion = spawnSync('ogr2ogr', ['-f', driver, target, source], { encoding: 'utf8' });
        expect(conversion.status).toBe(0);
        expect(conversion.stderr).toBe('');
        const summary = ogr('ogrinfo', ['-ro', '-so', '-al', target]);
        expect(summary).toMatch(new RegExp(`Feature Count: ${count}\n`));
        const fields = [...summary.matchAll(/^(\w+): (String|Integer64|Integer|Real) /gm)].map((m) => ({ name: m[1], type: m[2] }));
        expect(fields.map((f) => f.name)).toEqual(expected.map((f) => f.name));
        // The types the data dictionary gives.
        for (const [i, field] of expected.entries()) expect(fields[i].type, field.name).toBe(field.type);
      });
    }
  }
});
