// The 2026 intercommunalités in the exports: columns added to a practice's row (CSV) or to a
// territory's feature (GeoJSON), and a GeoJSON file of the 2026 EPCIs themselves.

import type { Feature, FeatureCollection } from 'geojson';
import { epciPanel, formatShare, territoryToday } from './epci-panel';
import type { EpciOutlines } from './load-epci';
import type { Crosswalk } from './types';
import { EPCI_FIELDS } from '../export/fields';

/** Column names, in order, for the CSV header and the GeoJSON properties. */
export const EPCI_COLUMNS = ['epci_2026', 'epci_2026_siren', 'epci_2026_liste'] as const;

export type EpciColumns = Record<(typeof EPCI_COLUMNS)[number], string>;

/** Between the items of a list held in one cell. */
const LIST_SEPARATOR = ' | ';

/**
 * For a 2008 territory: the EPCI that holds the largest share of its 2008 population today, and
 * all of them with their shares (« CC de Parthenay-Gâtine 200041333 (46 %) | … »). Empty strings
 * for an unknown territory.
 */
export function epciColumns(crosswalk: Crosswalk, territoryId: string): EpciColumns {
  const today = territoryToday(crosswalk, territoryId);
  return {
    epci_2026: today[0]?.name ?? '',
    epci_2026_siren: today[0]?.siren ?? '',
    epci_2026_liste: today.map((e) => `${e.name} ${e.siren} (${formatShare(e.share)})`).join(LIST_SEPARATOR),
  };
}

/**
 * The 2026 EPCIs as GeoJSON for a GIS, each with the 2008 territories its communes belonged to
 * and the practices those territories reported (`practiceCount` of a territory id, under the
 * export's filter). A practice of a territory spread over several EPCIs counts in each. Field
 * names as in EPCI_FIELDS.
 */
export function epciGeoJson(
  outlines: EpciOutlines,
  crosswalk: Crosswalk,
  territoryName: (id: string) => string,
  practiceCount: (id: string) => number,
): FeatureCollection {
  const features: Feature[] = [];
  for (const f of outlines.features) {
    const entry = crosswalk.epci.find((e) => e.siren === f.properties.siren);
    if (!entry) continue;
    const panel = epciPanel(entry, territoryName);
    const source = {
      siren: entry.siren,
      name: entry.name,
      kind: entry.kind,
      communes: entry.communes,
      population: entry.population,
      communes2008: entry.communes2008,
      population2008: entry.population2008,
      territories: panel.origins.map((o) => `${o.name} (${formatShare(o.share)})`).join(LIST_SEPARATOR),
      practices: panel.territories.reduce((sum, id) => sum + practiceCount(id), 0),
      practicesByTerritory: panel.territories.map((id) => `${territoryName(id)} : ${practiceCount(id)}`).join(LIST_SEPARATOR),
    };
    // No feature-level id, as in the territories export: GDAL would make it a field of its own.
    features.push({
      type: 'Feature',
      geometry: f.geometry,
      properties: Object.fromEntries(EPCI_FIELDS.map((field) => [field.name, field.value(source)])),
    });
  }
  return { type: 'FeatureCollection', features };
}
