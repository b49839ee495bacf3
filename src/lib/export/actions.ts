/**
 * The three exports of the header's menu, each a file named after its filters and the day it was made. Their
 * modules load on first use: none of them is needed to draw the map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../schema';
import type { LegendItem } from '../territory-paint';
import { download } from '../download';
import { loadDetailGeometry } from '../detail-geometry';
import type { ExportFilters } from './filters';
import { MAP_EXPORT_TITLE, SOURCE_LINE } from '../palette';

/** The practices kept by the filters, one per row. */
export async function exportCsv(dataset: Dataset, filter: ExportFilters): Promise<void> {
  const [{ practicesCsv }, { exportFileName }, crosswalk] = await Promise.all([import('./csv'), import('./filters'), loadCrosswalkLazily()]);
  download(practicesCsv(dataset, filter, crosswalk), exportFileName('pratiques', filter, new Date()), 'text/csv;charset=utf-8');
}

/** The territories with their statistics under the filters. */
export async function exportGeoJson(dataset: Dataset, filter: ExportFilters): Promise<void> {
  const [{ territoriesGeoJson }, { exportFileName }, crosswalk] = await Promise.all([import('./geojson'), import('./filters'), loadCrosswalkLazily()]);
  // Always the detailed geometry: the overview is only for drawing at low zoom.
  const { territories } = await loadDetailGeometry();
  const json = JSON.stringify(territoriesGeoJson(dataset, territories, filter, crosswalk));
  download(json, exportFileName('territoires', filter, new Date()), 'application/geo+json');
}

/** The crosswalk to the 2026 intercommunalités, downloaded on the first export that needs it. */
const loadCrosswalkLazily = () => import('../epci/load-epci').then((m) => m.loadCrosswalk());

/** The map as shown, with its title, the filters, its legend and the sources. */
export async function exportPng(
  map: MapLibreMap,
  dataset: Dataset,
  caption: { filter: ExportFilters; legendTitle: string; legend: readonly LegendItem[]; layers?: readonly { id: string; label: string }[] },
): Promise<void> {
  const [{ mapPng }, { exportFileName, filterSummary }] = await Promise.all([import('./map-png'), import('./filters')]);
  const filters = filterSummary(dataset, caption.filter);
  const blob = await mapPng(map, {
    title: MAP_EXPORT_TITLE,
    subtitle: filters.length ? filters.join(' · ') : 'Toutes les pratiques relevées',
    legendTitle: caption.legendTitle,
    legend: caption.legend,
    source: SOURCE_LINE,
    layers: caption.layers,
  });
  download(blob, exportFileName('carte', caption.filter, new Date()));
}
