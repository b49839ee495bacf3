import * as v from 'valibot';
import practicesUrl from '../../data/practices.json?url';
import overviewUrl from '../../geo/overview.topojson?url';
import compositionUrl from '../../geo/composition.json?url';
import { DatasetSchema, type Dataset, type Territory } from './schema';
import { atlasGeometry, type AtlasGeometry } from './atlas-geometry';
import { OVERVIEW_FILE } from './detail-geometry';
import { DataFileError, fetchJson } from './fetch-json';
import type { Vocabulary } from './url-state';
import { STATUSES } from './labels';
import type { LonLat } from './comparison';
import type { Composition, TerritoryProperties } from './geo/types';

/** What the geometry says of a territory (its 2008 perimeter), with its label point as one pair. */
export type TerritoryGeo = Omit<TerritoryProperties, 'name' | 'kind' | 'departement' | 'labelX' | 'labelY'> & { label: LonLat };

/** Everything the app shows, loaded and checked once. */
export interface Atlas {
  dataset: Dataset;
  territories: Territory[];
  byId: Map<string, Territory>;
  /** The overview the map opens with (see detail-geometry.ts for the detailed one). */
  geometry: AtlasGeometry;
  geo: Map<string, TerritoryGeo>;
  composition: Composition;
  themeLabel: Record<string, string>;
  formLabel: Record<string, string>;
  vocab: Vocabulary;
}

function checkedDataset(raw: unknown): Dataset {
  const result = v.safeParse(DatasetSchema, raw);
  if (!result.success) {
    throw new DataFileError('data/practices.json', 'Le fichier « data/practices.json » ne suit pas le format attendu.');
  }
  return result.output;
}

function geoOf(geometry: AtlasGeometry): Map<string, TerritoryGeo> {
  return new Map(
    geometry.territories.features.map((f) => {
      const { name: _n, kind: _k, departement: _d, labelX, labelY, ...geo } = f.properties as TerritoryProperties;
      return [String(f.id), { ...geo, label: [labelX, labelY] as const }];
    }),
  );
}

/** Loads the survey, the overview geometry and the composition from the app's own origin. */
export async function loadAtlas(fetchImpl: typeof fetch = fetch): Promise<Atlas> {
  const [rawDataset, rawTopology, rawComposition] = await Promise.all([
    fetchJson(practicesUrl, 'data/practices.json', fetchImpl),
    fetchJson(overviewUrl, OVERVIEW_FILE, fetchImpl),
    fetchJson(compositionUrl, 'geo/composition.json', fetchImpl),
  ]);
  const dataset = checkedDataset(rawDataset);
  const geometry = atlasGeometry(rawTopology, OVERVIEW_FILE);
  if (typeof rawComposition !== 'object' || rawComposition === null) {
    throw new DataFileError('geo/composition.json', 'Le fichier « geo/composition.json » est illisible.');
  }
  const territories = dataset.territories;
  return {
    dataset,
    territories,
    byId: new Map(territories.map((t) => [t.id, t])),
    geometry,
    geo: geoOf(geometry),
    composition: rawComposition as Composition,
    themeLabel: Object.fromEntries(dataset.themes.map((t) => [t.id, t.label])),
    formLabel: Object.fromEntries(dataset.forms.map((f) => [f.id, f.label])),
    vocab: {
      territories: territories.map((t) => t.id),
      themes: dataset.themes.map((t) => t.id),
      statuses: STATUSES.map((s) => s.id),
    },
  };
}
