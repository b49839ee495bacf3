import type { Feature, FeatureCollection } from 'geojson';
import type { Dataset } from '../schema';
import { dominantForm } from '../dominant-form';
import { visiblePractices } from '../practice-filter';
import { themeMatchCount } from '../theme-counts';
import type { ExportFilter } from './csv';

/**
 * The territories with their 2008 perimeters and their statistics under the current filter,
 * as GeoJSON for a GIS (QGIS opens it as is).
 */
export function territoriesGeoJson(dataset: Dataset, perimeters: FeatureCollection, filter: ExportFilter): FeatureCollection {
  const byId = new Map<string, Dataset['territories'][number]>(dataset.territories.map((t) => [t.id, t]));
  const formIds = dataset.forms.map((f) => f.id);
  const features: Feature[] = [];
  for (const f of perimeters.features) {
    const t = byId.get(String(f.properties?.id));
    if (!t) continue;
    const kept = visiblePractices(t, filter);
    const p = f.properties ?? {};
    const themes = Object.fromEntries(
      dataset.themes.map((theme) => [`theme_${theme.id}`, kept.filter((x) => (x.themes as string[]).includes(theme.id)).length]),
    );
    features.push({
      type: 'Feature',
      id: t.id,
      geometry: f.geometry,
      properties: {
        id: t.id,
        nom: t.name,
        nature: t.kind,
        departement: t.departement,
        statut_enquete: t.surveyStatus,
        communes_2008: p.communes,
        communes_declarees: p.declaredCommunes,
        population_2008: p.population,
        pays_parent: p.parent ?? null,
        pratiques: kept.length,
        pratiques_themes_actifs: filter.themes.length ? themeMatchCount(t, filter.themes, filter) : null,
        forme_dominante: dominantForm(kept, formIds),
        ...themes,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
