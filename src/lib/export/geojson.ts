import type { Feature, FeatureCollection } from 'geojson';
import type { Dataset } from '../schema';
import { visiblePractices } from '../practice-filter';
import { themeMatchCount } from '../theme-counts';
import { exportedTerritories, type ExportFilters } from './filters';
import { territoryFields } from './fields';
import { epciColumns } from '../epci/epci-export';
import type { Crosswalk } from '../epci/types';

/**
 * The territories the filters keep, with their 2008 perimeters and their statistics under the
 * filters, as GeoJSON for a GIS (QGIS opens it as is; field names survive a Shapefile). With the
 * crosswalk, the 2026 intercommunalités fields are filled.
 */
export function territoriesGeoJson(
  dataset: Dataset,
  perimeters: FeatureCollection,
  filters: ExportFilters,
  crosswalk: Crosswalk | null = null,
): FeatureCollection {
  const fields = territoryFields(dataset.themes);
  const formIds = dataset.forms.map((f) => f.id);
  const shapes = new Map(perimeters.features.map((f) => [String(f.properties?.id), f]));
  const features: Feature[] = [];
  for (const territory of exportedTerritories(dataset, filters)) {
    const shape = shapes.get(territory.id);
    if (!shape) continue;
    const kept = visiblePractices(territory, filters);
    const source = {
      territory,
      perimeter: shape.properties ?? {},
      kept,
      themeMatches: filters.themes.length ? themeMatchCount(territory, filters.themes, filters) : kept.length,
      formIds,
      epci: crosswalk ? epciColumns(crosswalk, territory.id) : null,
    };
    // No feature-level id: GDAL would make it a field of its own beside ID, and rename ours.
    features.push({
      type: 'Feature',
      geometry: shape.geometry,
      properties: Object.fromEntries(fields.map((field) => [field.name, field.value(source)])),
    });
  }
  return { type: 'FeatureCollection', features };
}
