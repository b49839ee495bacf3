import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import type { DepartementProperties } from './geo/types';
import { DataFileError } from './fetch-json';

const FILE = 'geo/territories.topojson';
const REQUIRED_OBJECTS = ['territories', 'outside', 'departements', 'region'] as const;

export interface AtlasGeometry {
  territories: FeatureCollection;
  outside: FeatureCollection;
  /** The context départements, drawn as land around the region (the surveyed four lie under the territories). */
  departements: FeatureCollection;
  /** Département borders as lines, each drawn once (see departementBorders). */
  borders: FeatureCollection;
  region: FeatureCollection;
  /** [west, south, east, north] of the region, to open the map fitted to it. */
  bounds: [number, number, number, number];
}

function asCollection(topology: Topology, name: string): FeatureCollection {
  const object = topology.objects[name] as GeometryCollection;
  const result = feature(topology, object) as FeatureCollection | Feature;
  return result.type === 'FeatureCollection' ? result : { type: 'FeatureCollection', features: [result] };
}

const isContext = (g: GeometryObject) => (g.properties as DepartementProperties | undefined)?.context === true;

/**
 * The context départements, decoded alone: the four surveyed ones lie under the territories and
 * are not drawn, and decoding them too cost 7,600 of the 12,900 points, before the map could start.
 */
function contextDepartements(topology: Topology): FeatureCollection {
  const object = topology.objects.departements as GeometryCollection;
  const geometries = object.geometries.filter(isContext);
  return feature(topology, { ...object, geometries }) as FeatureCollection;
}

/** [west, south, east, north] of a collection. */
export function boundsOf(collection: FeatureCollection): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1]);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of collection.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return b;
}

/** Turns the committed TopoJSON into the GeoJSON layers of the map; rejects a file that is not ours. */
export function atlasGeometry(raw: unknown): AtlasGeometry {
  const topology = raw as Topology;
  if (!topology || topology.type !== 'Topology' || typeof topology.objects !== 'object') {
    throw new DataFileError(FILE, `Le fichier « ${FILE} » n'est pas une géométrie TopoJSON valide.`);
  }
  const missing = REQUIRED_OBJECTS.filter((name) => !topology.objects[name]);
  if (missing.length) {
    throw new DataFileError(FILE, `Le fichier « ${FILE} » est incomplet (manque : ${missing.join(', ')}).`);
  }
  // The header can be right and the arcs broken: decoding then fails deep inside topojson-client,
  // which the user must see as this file being unreadable, not as a generic failure.
  let geometry: AtlasGeometry | null = null;
  try {
    geometry = decode(topology);
  } catch {
    // Reported below, with the empty case.
  }
  if (!geometry || !geometry.bounds.every(Number.isFinite)) {
    throw new DataFileError(FILE, `Le fichier « ${FILE} » est illisible (contenu corrompu).`);
  }
  return geometry;
}

/**
 * The borders between départements, each shared border once, where stroking the polygons drew it
 * twice (about 22,000 line vertices per frame, against 3,700): between two surveyed départements
 * (`kind` 'departement'), and around and between the context ones (`kind` 'context'). A border
 * between the two sets is the region's, drawn by the region's outline.
 */
export function departementBorders(topology: Topology): FeatureCollection {
  const object = topology.objects.departements as GeometryCollection<DepartementProperties>;
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'departement' }, geometry: mesh(topology, object, (a, b) => a !== b && !isContext(a) && !isContext(b)) },
      { type: 'Feature', properties: { kind: 'context' }, geometry: mesh(topology, object, (a, b) => isContext(a) && isContext(b)) },
    ],
  };
}

function decode(topology: Topology): AtlasGeometry {
  const territories = asCollection(topology, 'territories');
  // MapLibre's feature-state needs the id as a property (promoteId): TopoJSON keeps it on the feature.
  for (const f of territories.features) f.properties = { ...f.properties, id: String(f.id) };
  const region = asCollection(topology, 'region');
  return {
    territories,
    outside: asCollection(topology, 'outside'),
    departements: contextDepartements(topology),
    borders: departementBorders(topology),
    region,
    bounds: boundsOf(region),
  };
}
