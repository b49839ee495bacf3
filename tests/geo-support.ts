// Shared loading for the geo-*.test.ts files: the committed outputs, decoded by mapshaper (an
// implementation independent of the checks), and the raw geography when it is beside the clone.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { CommuneEntry, Composition } from '../src/lib/geo/types.ts';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedGeoDir = resolve(projectRoot, process.env.GEO_SOURCE_DIR ?? '../shared/geo');
export const hasSharedGeo = existsSync(resolve(sharedGeoDir, 'composition-2008.tsv'));

/** One line in the test output instead of a silent skip. */
export function noteSkipIfNoSharedGeo(what: string): void {
  if (!hasSharedGeo) console.warn(`skipped ${what}: raw geography absent (${process.env.GEO_SOURCE_DIR ?? '../shared/geo'})`);
}

export const EXPECTED_IDS = [
  'ca-grand-angouleme', 'pays-charente-limousine', 'pays-entre-touvre-et-charente', 'pays-horte-et-tardoire',
  'pays-ouest-charente-cognac', 'pays-ruffecois', 'pays-sud-charente',
  'ca-pays-rochefortais', 'ca-la-rochelle', 'ca-pays-royannais', 'pays-aunis', 'pays-haute-saintonge', 'pays-ile-de-re',
  'pays-marennes-oleron', 'pays-rochefortais', 'pays-saintonge-romane', 'pays-vals-de-saintonge',
  'ca-niort', 'pays-bocage-bressuirais', 'pays-gatine', 'pays-haut-val-de-sevre', 'pays-mellois', 'pays-thouarsais',
  'ca-poitiers', 'ca-pays-chatelleraudais', 'pays-chauvinois', 'pays-civraisien', 'pays-haut-poitou-et-clain',
  'pays-loudunais', 'pays-montmorillonnais', 'pays-six-vallees', 'pays-vals-de-gartempe-et-creuse',
  'pays-vienne-et-mouliere',
];

export const TOPOJSON_PATH = resolve(projectRoot, 'geo/territories.topojson');

export function readText(path: string): string {
  return readFileSync(resolve(projectRoot, path), 'utf8');
}

export function loadTopology(): Topology {
  return JSON.parse(readText('geo/territories.topojson')) as Topology;
}

export function loadCommunes(): CommuneEntry[] {
  return JSON.parse(readText('geo/communes.json')) as CommuneEntry[];
}

export function loadComposition(): Composition {
  return JSON.parse(readText('geo/composition.json')) as Composition;
}

export type PolyFeature = Feature<Polygon | MultiPolygon, Record<string, any>> & { id: string };

export interface GeoLayers {
  territories: PolyFeature[];
  outside: PolyFeature[];
  departements: PolyFeature[];
  region: PolyFeature[];
}

/**
 * Runs mapshaper on the committed TopoJSON; `commands` go between input and GeoJSON output. The
 * feature id is a field `id` in between, so expressions can select on it.
 */
export async function mapshaperOnTopology(commands: string, outputs: string[]): Promise<Record<string, PolyFeature[]>> {
  const out = await mapshaper.applyCommands(
    `-i geo.json id-field=id ${commands} -o format=geojson id-field=id target=${outputs.join(',')}`,
    { 'geo.json': loadTopology() },
  );
  const result: Record<string, PolyFeature[]> = {};
  for (const name of outputs) {
    const text = out[`${name}.json`];
    if (text === undefined) throw new Error(`mapshaper produced no ${name}`);
    const parsed = JSON.parse(String(text)) as FeatureCollection | { type: 'GeometryCollection'; geometries: Polygon[] };
    result[name] =
      parsed.type === 'FeatureCollection'
        ? (parsed.features as PolyFeature[]).map((f) => {
            // The id travelled as a field; keep it as the feature id only, as in the file.
            const { id, ...properties } = f.properties ?? {};
            return { ...f, id: String(f.id ?? id), properties };
          })
        : parsed.geometries.map((geometry, i) => ({ type: 'Feature', id: String(i), properties: {}, geometry }) as PolyFeature);
  }
  return result;
}

let layers: Promise<GeoLayers> | null = null;

export function loadLayers(): Promise<GeoLayers> {
  layers ??= mapshaperOnTopology('', ['territories', 'outside', 'departements', 'region']) as unknown as Promise<GeoLayers>;
  return layers;
}

export function polygonsOf(f: PolyFeature): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** Even-odd ray casting over all rings of a (multi)polygon: inside an outer ring and not in a hole. */
export function pointInFeature([x, y]: Position, f: PolyFeature): boolean {
  let inside = false;
  for (const rings of polygonsOf(f)) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

export function readTsv(path: string, separator = '\t'): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
  const keys = header.split(separator);
  return lines.map((line) => {
    const cells = line.split(separator);
    return Object.fromEntries(keys.map((k, i) => [k, cells[i]]));
  });
}
