// The 2026 intercommunalités, downloaded on first need: nothing here weighs on the first paint.
// The app reaches this module through a dynamic import() only.

import outlinesUrl from '../../../geo/epci-2026.topojson?url';
import crosswalkUrl from '../../../geo/crosswalk-2026.json?url';
import communesUrl from '../../../geo/communes-2026.json?url';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataFileError, fetchJson } from '../fetch-json';
import type { Crosswalk, CrosswalkCommune, EpciProperties } from './types';

export const EPCI_OUTLINES_FILE = 'geo/epci-2026.topojson';
export const CROSSWALK_FILE = 'geo/crosswalk-2026.json';
export const COMMUNES_2026_FILE = 'geo/communes-2026.json';

export type EpciOutlines = FeatureCollection<Polygon | MultiPolygon, EpciProperties>;

const unreadable = (file: string) => new DataFileError(file, `Le fichier « ${file} » est illisible (contenu corrompu).`);

/** The outlines of the 2026 EPCIs as GeoJSON, feature id and property `siren` = SIREN; rejects a file that is not ours. */
export function epciOutlines(raw: unknown, file = EPCI_OUTLINES_FILE): EpciOutlines {
  const topology = raw as Topology;
  if (!topology || topology.type !== 'Topology' || topology.objects?.epci?.type !== 'GeometryCollection') {
    throw new DataFileError(file, `Le fichier « ${file} » n'est pas une géométrie TopoJSON valide.`);
  }
  try {
    const outlines = feature(topology, topology.objects.epci as GeometryCollection) as unknown as EpciOutlines;
    if (outlines.features.some((f) => typeof f.properties?.siren !== 'string' || !f.geometry)) throw unreadable(file);
    return outlines;
  } catch {
    throw unreadable(file);
  }
}

/** The crosswalk file, checked for the parts every reader relies on. */
export function crosswalkOf(raw: unknown, file = CROSSWALK_FILE): Crosswalk {
  const c = raw as Crosswalk;
  if (!c || typeof c.facts !== 'object' || typeof c.territories !== 'object' || !Array.isArray(c.epci)) throw unreadable(file);
  return c;
}

export function communes2026Of(raw: unknown, file = COMMUNES_2026_FILE): CrosswalkCommune[] {
  if (!Array.isArray(raw) || raw.some((c) => typeof c?.code !== 'string' || !Array.isArray(c.former))) throw unreadable(file);
  return raw as CrosswalkCommune[];
}

/** One download per file, shared by every caller; a failure is forgotten so that the next call tries again. */
function once<T>(url: string, file: string, parse: (raw: unknown) => T): (fetchImpl?: typeof fetch) => Promise<T> {
  let pending: Promise<T> | null = null;
  return (fetchImpl = fetch) => {
    if (!pending) {
      const attempt = fetchJson(url, file, fetchImpl).then(parse);
      attempt.catch(() => {
        if (pending === attempt) pending = null;
      });
      pending = attempt;
    }
    return pending;
  };
}

export const loadEpciOutlines = once(outlinesUrl, EPCI_OUTLINES_FILE, (raw) => epciOutlines(raw));
export const loadCrosswalk = once(crosswalkUrl, CROSSWALK_FILE, (raw) => crosswalkOf(raw));
/** Only the search needs the communes of 2026. */
export const loadCommunes2026 = once(communesUrl, COMMUNES_2026_FILE, (raw) => communes2026Of(raw));
