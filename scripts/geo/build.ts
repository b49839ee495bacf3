// The geography pipeline of `npm run geo`, as a function returning the file contents so that the
// reproducibility test can rebuild in memory and compare byte for byte.
//
// Outputs (paths relative to the project root):
//   geo/territories.topojson  objects territories, outside, departements, region, land, borders
//                             (properties: see src/lib/geo/types.ts)
//   geo/overview.topojson     the same but departements, on coarser arcs: what the map opens with
//   geo/communes.json         CommuneEntry[] sorted by insee, one commune per line:
//     {"insee":"16001","name":"Abzac","insee2018":"16001","name2018":"Abzac",
//      "pays":"pays-charente-limousine","agglo":null,
//      "epci":{"name":"CC du Confolentais","siren":"241600410"},"population":555,"confidence":"high","point":[lon,lat]}
//   geo/composition.json      territory id → {epci:[{name,siren,communes}], isolated:[{insee,name}],
//                             communes, population}
//
// Geometry: 2016 commune polygons (every 2008 commune lies in exactly one, none mixes two
// territories) are dissolved by mapshaper into every layer at once, in one dataset, so that all
// layers share arcs: a border is simplified once and lines up exactly wherever it is drawn.

import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology, GeometryObject, GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import { mergeArcs, meshArcs } from 'topojson-client';
import { readGeoInputs, DEPARTEMENTS, type GeoInputs, type Territory } from './inputs.ts';
import { neighboursFromTopology } from './neighbours.ts';
import { overviewOf } from './overview.ts';
import { DRAWN_OBJECTS } from '../../src/lib/atlas-geometry.ts';
import { geometryLabel, round } from './label.ts';
import type {
  CommuneEntry,
  Composition,
  DepartementProperties,
  OutsideProperties,
  RegionProperties,
  TerritoryProperties,
} from '../../src/lib/geo/types.ts';

const REGION_DEPARTEMENTS = DEPARTEMENTS.map((d) => d.code as string);

/**
 * Simplification and quantization. Weighted Visvalingam at 30 m keeps the borders within about
 * half a pixel at zoom 11 (≈ 53 m/px at 46° N); quantizing to 1/50,000 of the extent (the
 * context box, ≈ 5° × 3.6°) is ≈ 8 m.
 * keep-shapes so that no polygon is dropped, however small (the island of Aix, an enclave).
 */
export const SIMPLIFY = 'weighted interval=30 keep-shapes';
const QUANTIZATION = 50000;
/**
 * Quantizing rounds every vertex to that grid: two vertices of different borders closer than a cell
 * would land on one point, and a ring would pinch or cross itself there (GEOS found both, near
 * Mauléon and on the Charente–Haute-Vienne border). Snapping them together first, at about a cell
 * (degrees), lets the topology know they meet; `fix-geometry` then undoes any crossing the rounding
 * still makes.
 */
const SNAP_INTERVAL = 0.0001;
/**
 * The overview the map opens with, until zoom 8.5 (src/map/level-of-detail.ts): the detailed arcs
 * simplified again so that no border moves more than this from the detailed one. MapLibre's own
 * simplification moves the detailed borders as far at those zooms (0.375 px of a 512 px tile: 160 m
 * at zoom 7, 80 m at zoom 8), and the overview has half the points to tile and draw.
 */
const OVERVIEW_TOLERANCE_M = 80;

/**
 * Context départements: every one that reaches into the region's bbox widened by this margin
 * (degrees), clipped to it. That is the seven sharing a border with Poitou-Charentes (24, 33, 36,
 * 37, 49, 85, 87) and those just beyond, such as 44, so that no land in the frame looks like sea.
 */
const CONTEXT_MARGIN = { lon: 1.0, lat: 0.7 };

export const LABEL_PRECISION = 1e-4; // degrees, ≈ 11 m
const COMMUNE_POINT_PRECISION = 1e-5; // degrees, ≈ 1 m; points are rounded to 5 decimals

export interface GeoBuild {
  /** File contents by path relative to the project root. */
  files: Record<string, string>;
  inputs: GeoInputs;
  territories: { id: string; properties: TerritoryProperties }[];
}

type Props = Record<string, string | number | null>;

export function featureCollection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

export function geometriesOf(geojson: string): { geometry: Geometry; properties: Props }[] {
  const parsed = JSON.parse(geojson) as FeatureCollection | { type: 'GeometryCollection'; geometries: Geometry[] };
  if (parsed.type === 'GeometryCollection') return parsed.geometries.map((geometry) => ({ geometry, properties: {} }));
  return parsed.features.map((f) => ({ geometry: f.geometry, properties: (f.properties ?? {}) as Props }));
}

export async function run(commands: string[], input: Record<string, object>): Promise<Record<string, string>> {
  const out = await mapshaper.applyCommands(commands.join(' '), input);
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, String(v)]));
}

/** Ring of a hole, turned into the outer ring of its own polygon. */
function holesOf(geometry: Geometry): Position[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.flatMap((rings) => rings.slice(1).map((ring) => [...ring].reverse()));
}

/**
 * Context départements come from a coarser source than the communes, so their borders with
 * Poitou-Charentes wander across the region's by a few hundred metres. Erase the region from them,
 * and give them the enclosed gaps left between the two, so that they meet the region's border
 * exactly (and end up sharing its arcs). Only cracks that open onto the sea stay.
 */
async function contextDepartements(inputs: GeoInputs, communes: FeatureCollection): Promise<FeatureCollection> {
  const [x0, y0, x1, y1] = contextBbox(inputs);
  const context = featureCollection(
    inputs.departementsFrance.features
      .filter((f) => !REGION_DEPARTEMENTS.includes(f.properties.code))
      .filter((f) => {
        const [bx0, by0, bx1, by1] = bboxOf(f.geometry);
        return bx0 < x1 && bx1 > x0 && by0 < y1 && by1 > y0;
      })
      .sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1))
      .map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { code: f.properties.code } })),
  );
  const out = await run(
    [
      '-i combine-files communes.json context.json',
      '-dissolve gap-width=0 + name=region target=communes',
      '-erase region target=context',
      '-filter true + name=c2 target=context',
      '-filter true + name=r2 target=region',
      '-merge-layers target=c2,r2 name=union force',
      '-dissolve gap-width=0 target=union',
      '-o format=geojson target=context context-out.json',
      '-o format=geojson target=union union.json',
    ],
    { 'communes.json': communes, 'context.json': context },
  );
  const gaps = geometriesOf(out['union.json']).flatMap(({ geometry }) => holesOf(geometry));
  const features: Feature[] = geometriesOf(out['context-out.json']).map(({ geometry, properties }) => ({
    type: 'Feature',
    geometry,
    properties: { code: properties.code },
  }));
  for (const ring of gaps) {
    features.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { code: null } });
  }
  return featureCollection(features);
}

interface GeometryLayers {
  topology: Topology;
  /** Visible part of each territory (a pays without its nested agglomérations), simplified. */
  visible: Map<string, Geometry>;
}

async function buildGeometry(inputs: GeoInputs): Promise<GeometryLayers> {
  const communeOf = new Map(inputs.communes.map((c) => [c.insee2016, c]));
  const communes = featureCollection(
    inputs.polygons.map((p) => {
      // Validation guarantees that all 2008 communes of one polygon agree on these.
      const c = communeOf.get(p.properties.code)!;
      const dep = p.properties.code.slice(0, 2);
      return {
        type: 'Feature',
        geometry: p.geometry,
        properties: {
          code: p.properties.code,
          dep,
          pays: c.pays,
          agglo: c.agglo,
          visible: c.agglo ?? c.pays,
          outside: c.pays === null && c.agglo === null ? dep : null,
        },
      };
    }),
  );
  const context = await contextDepartements(inputs, communes);

  // Dissolve with gap-width=0: the commune mosaic has no gaps, and mapshaper's automatic gap
  // filling could otherwise close a narrow enclave of another territory.
  const dissolve = (field: string, name: string) => [
    `-dissolve ${field} gap-width=0 + name=${name} target=communes`,
    `-filter "${field} !== null" target=${name}`,
  ];
  const layers = 'territories,outside,departements,region,context,visible';
  const out = await run(
    [
      '-i combine-files communes.json context.json',
      ...dissolve('pays', 'pays'),
      '-rename-fields id=pays target=pays',
      ...dissolve('agglo', 'agglo'),
      '-rename-fields id=agglo target=agglo',
      '-merge-layers target=pays,agglo name=territories force',
      ...dissolve('visible', 'visible'),
      ...dissolve('outside', 'outside'),
      `-dissolve dep gap-width=0 + name=departements target=communes`,
      `-dissolve gap-width=0 + name=region target=communes`,
      '-target context',
      '-data-fill field=code',
      '-dissolve code gap-width=0 target=context',
      '-filter "code !== null" target=context',
      '-drop target=communes',
      `-snap interval=${SNAP_INTERVAL}`,
      // Simplify before clipping so that the region's border is simplified identically everywhere.
      `-simplify ${SIMPLIFY} target=${layers}`,
      `-clip bbox=${contextBbox(inputs).join(',')} target=context`,
      '-filter "!this.isNull" target=context',
      '-o format=geojson target=visible visible.json',
      `-o format=topojson quantization=${QUANTIZATION} fix-geometry target=territories,outside,departements,region,context geo.json`,
    ],
    { 'communes.json': communes, 'context.json': context },
  );
  const visible = new Map(geometriesOf(out['visible.json']).map(({ geometry, properties }) => [String(properties.visible), geometry]));
  return { topology: JSON.parse(out['geo.json']) as Topology, visible };
}

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const [x, y] of polygons.flatMap((rings) => rings[0])) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

function contextBbox(inputs: GeoInputs): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of inputs.polygons) {
    const [a, b, c, d] = bboxOf(p.geometry);
    x0 = Math.min(x0, a);
    y0 = Math.min(y0, b);
    x1 = Math.max(x1, c);
    y1 = Math.max(y1, d);
  }
  // Rounded outward to 0.1° so that the clip line does not move with sub-metre input edits.
  const r = (v: number, up: boolean) => round((up ? Math.ceil(v * 10) : Math.floor(v * 10)) / 10, 1);
  return [r(x0 - CONTEXT_MARGIN.lon, false), r(y0 - CONTEXT_MARGIN.lat, false), r(x1 + CONTEXT_MARGIN.lon, true), r(y1 + CONTEXT_MARGIN.lat, true)];
}

type TopoGeometry = GeometryObject & { arcs?: unknown };

/** A geometry with our id and properties, keys in a fixed order. */
export function withProperties(g: TopoGeometry, id: string, properties: object): GeometryObject {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    throw new Error(`expected a (multi)polygon for ${id}, got ${g.type}`);
  }
  return { type: g.type, arcs: g.arcs, id, properties } as GeometryObject;
}

export function geometriesOfObject(topology: Topology, name: string): TopoGeometry[] {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') throw new Error(`mapshaper produced no layer ${name}`);
  return object.geometries as TopoGeometry[];
}

const isContext = (g: GeometryObject) => (g.properties as DepartementProperties).context;

/**
 * What the map draws besides the territories, made from the same arcs, so that the app decodes it
 * and hands it to MapLibre as is:
 * - `land`: the context départements and the region merged into one shape, laid under the
 *   territories. The context départements alone traced the region's whole inland border again
 *   (4,000 of their 5,300 points), though the territories cover it; merged, only the coasts and
 *   the context's own borders remain.
 * - `borders`: département borders as lines, each shared border once (stroking the polygons drew
 *   each twice): between two surveyed départements (`kind` 'departement'), and around and between
 *   the context ones (`kind` 'context'). A border between the two sets is the region's, drawn by
 *   the region's outline.
 */
function mapGeometry(topology: Topology, departements: GeometryObject[], region: GeometryObject[]) {
  const all = { type: 'GeometryCollection', geometries: departements } as GeometryCollection;
  const line = (kind: string, filter: (a: GeometryObject, b: GeometryObject) => boolean) => ({
    ...meshArcs(topology, all, filter),
    properties: { kind },
  });
  return {
    land: {
      type: 'GeometryCollection',
      geometries: [{ ...mergeArcs(topology, [...departements.filter(isContext), ...region] as (TopoPolygon | TopoMultiPolygon)[]), properties: {} }],
    } as GeometryCollection,
    borders: {
      type: 'GeometryCollection',
      geometries: [
        line('departement', (a, b) => a !== b && !isContext(a) && !isContext(b)),
        line('context', (a, b) => isContext(a) && isContext(b)),
      ],
    } as GeometryCollection,
  };
}

export function compareFr(a: string, b: string): number {
  return a.localeCompare(b, 'fr');
}

export async function buildGeo(sourceDir: string, projectRoot: string): Promise<GeoBuild> {
  const inputs = readGeoInputs(sourceDir, projectRoot);
  const { topology, visible } = await buildGeometry(inputs);
  const territoryById = new Map(inputs.territories.map((t) => [t.id, t]));
  const membersOf = (t: Territory) => inputs.communes.filter((c) => c.pays === t.id || c.agglo === t.id);

  // territories
  const rawTerritories = new Map(geometriesOfObject(topology, 'territories').map((g) => [String((g.properties as Props).id), g]));
  const isNested = (a: string, b: string) => territoryById.get(a)?.parent === b || territoryById.get(b)?.parent === a;
  // Provisional ids, so that neighbours can be computed on the very arcs that are written out.
  topology.objects.territories = {
    type: 'GeometryCollection',
    geometries: inputs.territories.map((t) => {
      const g = rawTerritories.get(t.id);
      if (!g) throw new Error(`no geometry for territory ${t.id}`);
      return withProperties(g, t.id, {});
    }),
  };
  const neighbours = neighboursFromTopology(topology, 'territories', isNested);

  const territories = inputs.territories.map((t) => {
    const members = membersOf(t);
    const label = geometryLabel(visible.get(t.id), LABEL_PRECISION);
    if (!label) throw new Error(`no visible part for territory ${t.id}`);
    const withFigure = members.filter((c) => c.population !== null);
    const properties: TerritoryProperties = {
      name: t.name,
      kind: t.kind,
      departement: t.departement,
      communes: members.length,
      declaredCommunes: t.declaredCommunes,
      communesDiff: t.declaredCommunes === null ? null : members.length - t.declaredCommunes,
      population: withFigure.reduce((sum, c) => sum + c.population!, 0),
      populationMissing: members.length - withFigure.length,
      parent: t.parent,
      children: inputs.territories.filter((c) => c.parent === t.id).map((c) => c.id),
      neighbours: neighbours.get(t.id) ?? [],
      labelX: round(label[0], 5),
      labelY: round(label[1], 5),
    };
    return { id: t.id, properties };
  });
  topology.objects.territories = {
    type: 'GeometryCollection',
    geometries: territories.map(({ id, properties }) => withProperties(rawTerritories.get(id)!, id, properties)),
  };

  // outside, departements (the four, then context), region
  const outside = geometriesOfObject(topology, 'outside')
    .map((g) => {
      const dep = String((g.properties as Props).outside);
      const properties: OutsideProperties = {
        name: 'hors enquête',
        departement: dep as OutsideProperties['departement'],
        communes: inputs.communes.filter((c) => c.pays === null && c.agglo === null && c.departement === dep).length,
      };
      return withProperties(g, `hors-enquete-${dep}`, properties);
    })
    .sort((a, b) => compareFr(String(a.id), String(b.id)));
  const nomOf = new Map(inputs.departementsFrance.features.map((f) => [f.properties.code, f.properties.nom]));
  const departements = [
    ...geometriesOfObject(topology, 'departements').map((g) => {
      const code = String((g.properties as Props).dep);
      const properties: DepartementProperties = { code, nom: DEPARTEMENTS.find((d) => d.code === code)!.nom, context: false };
      return withProperties(g, code, properties);
    }),
    ...geometriesOfObject(topology, 'context').map((g) => {
      const code = String((g.properties as Props).code);
      const properties: DepartementProperties = { code, nom: nomOf.get(code)!, context: true };
      return withProperties(g, code, properties);
    }),
  ].sort((a, b) => {
    const ca = isContext(a);
    const cb = isContext(b);
    return ca !== cb ? (ca ? 1 : -1) : compareFr(String(a.id), String(b.id));
  });
  const regionProperties: RegionProperties = { code: '54', nom: 'Poitou-Charentes' };
  const region = geometriesOfObject(topology, 'region').map((g) => withProperties(g, '54', regionProperties));

  const drawn = mapGeometry(topology, departements, region);
  const output: Topology = {
    type: 'Topology',
    // Key order fixed here so that the file is stable whatever mapshaper's own order.
    ...(topology.bbox ? { bbox: topology.bbox } : {}),
    transform: topology.transform,
    objects: {
      territories: topology.objects.territories,
      outside: { type: 'GeometryCollection', geometries: outside },
      departements: { type: 'GeometryCollection', geometries: departements },
      region: { type: 'GeometryCollection', geometries: region },
      land: drawn.land,
      borders: drawn.borders,
    },
    arcs: topology.arcs,
  };

  // communes.json
  const pointOf = new Map(
    inputs.polygons.map((p) => {
      const point = geometryLabel(p.geometry as Polygon | MultiPolygon, COMMUNE_POINT_PRECISION)!;
      return [p.properties.code, [round(point[0], 5), round(point[1], 5)] as [number, number]];
    }),
  );
  const communes: CommuneEntry[] = inputs.communes.map((c) => ({
    insee: c.insee,
    name: c.name,
    insee2018: c.insee2018,
    name2018: c.name2018,
    pays: c.pays,
    agglo: c.agglo,
    epci: c.epci,
    population: c.population,
    confidence: c.confidence,
    point: pointOf.get(c.insee2016)!,
  }));

  // composition.json
  const composition: Composition = {};
  for (const t of inputs.territories) {
    const members = membersOf(t);
    const epci = new Map<string, { name: string; siren: string; communes: number }>();
    for (const c of members) {
      if (!c.epci) continue;
      const e = epci.get(c.epci.siren) ?? { name: c.epci.name, siren: c.epci.siren, communes: 0 };
      e.communes += 1;
      epci.set(c.epci.siren, e);
    }
    composition[t.id] = {
      epci: [...epci.values()].sort((a, b) => compareFr(a.name, b.name) || compareFr(a.siren, b.siren)),
      isolated: members.filter((c) => !c.epci).map((c) => ({ insee: c.insee, name: c.name })),
      communes: members.length,
      population: members.reduce((sum, c) => sum + (c.population ?? 0), 0),
    };
  }

  const files = {
    'geo/territories.topojson': JSON.stringify(output) + '\n',
    'geo/overview.topojson': JSON.stringify(overviewOf(output, DRAWN_OBJECTS, OVERVIEW_TOLERANCE_M)) + '\n',
    'geo/communes.json': '[\n' + communes.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n',
    'geo/composition.json': JSON.stringify(composition, null, 2) + '\n',
  };
  return { files, inputs, territories };
}
