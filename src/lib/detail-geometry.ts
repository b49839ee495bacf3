import territoriesUrl from '../../geo/territories.topojson?url';
import { atlasGeometry, type AtlasGeometry } from './atlas-geometry';
import { fetchJson } from './fetch-json';

/** The geometry the map opens with: every border within 80 m of the detailed one, half the points. */
export const OVERVIEW_FILE = 'geo/overview.topojson';
/** The detailed geometry: what the map draws once zoomed in, and what the GeoJSON export writes. */
export const DETAIL_FILE = 'geo/territories.topojson';

let pending: Promise<AtlasGeometry> | null = null;

/** The detailed geometry, downloaded once, on first need; a failed download is tried again on the next call. */
export function loadDetailGeometry(fetchImpl: typeof fetch = fetch): Promise<AtlasGeometry> {
  if (!pending) {
    const attempt = fetchJson(territoriesUrl, DETAIL_FILE, fetchImpl).then((raw) => atlasGeometry(raw, DETAIL_FILE));
    attempt.catch(() => {
      if (pending === attempt) pending = null;
    });
    pending = attempt;
  }
  return pending;
}
