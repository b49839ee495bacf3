import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { DataFileError } from './fetch-json';

/** The TopoJSON objects the map draws: what the app decodes, and all the overview file holds. */
export const DRAWN_OBJECTS = ['territories', 'outside', 'region', 'land', 'borders'] as const;

export interface AtlasGeometry {
  territories: FeatureCollection;
  outside: FeatureCollection;
  /** The land around the region and under it, as one shape: the territories are laid over it. */
  land: FeatureCollection;
  /** Département borders as lines, each drawn once; `kind` 'departement' (inside the region) or 'context'. */
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

/**
 * Turns one of the committed TopoJSON files (the overview or the detailed geometry) into the GeoJSON
 * layers of the map; rejects a file that is not ours, naming it.
 */
export function atlasGeometry(raw: unknown, file: string): AtlasGeometry {
  const topology = raw as Topology;
  if (!topology || topology.type !== 'Topology' || typeof topology.objects !== 'object') {
    throw new DataFileError(file, `Le fichier « ${file} » n'est pas une géométrie TopoJSON valide.`);
  }
  const missing = DRAWN_OBJECTS.filter((name) => !topology.objects[name]);
  if (missing.length) {
    throw new DataFileError(file, `Le fichier « ${file} » est incomplet (manque : ${missing.join(', ')}).`);
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
    throw new DataFileError(file, `Le fichier « ${file} » est illisible (contenu corrompu).`);
  }
  return geometry;
}

function decode(topology: Topology): AtlasGeometry {
  const territories = asCollection(topology, 'territories');
  // MapLibre's feature-state needs the id as a property (promoteId): TopoJSON keeps it on the feature.
  for (const f of territories.features) f.properties = { ...f.properties, id: String(f.id) };
  const region = asCollection(topology, 'region');
  return {
    territories,
    outside: asCollection(topology, 'outside'),
    // Merged and meshed at build time (scripts/geo/build.ts): decoded as they are drawn.
    land: asCollection(topology, 'land'),
    borders: asCollection(topology, 'borders'),
    region,
    bounds: boundsOf(region),
  };
}
