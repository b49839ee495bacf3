/**
 * The three exports of the header's menu, each a file named after the day it was made. Their
 * modules load on first use: none of them is needed to draw the map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../schema';
import type { LegendItem } from '../territory-paint';
import { download } from '../download';
import { loadDetailGeometry } from '../detail-geometry';
import type { ExportFilter } from './csv';
import { MAP_EXPORT_TITLE, SOURCE_LINE } from '../palette';

const stamp = () => new Date().toISOString().slice(0, 10);

/** The practices kept by the filters, one per row. */
export async function exportCsv(dataset: Dataset, filter: ExportFilter): Promise<void> {
  const { practicesCsv } = await import('./csv');
  download(practicesCsv(dataset, filter), `mutualisations-2008-pratiques-${stamp()}.csv`, 'text/csv;charset=utf-8');
}

/** The territories with their statistics under the filters. */
export async function exportGeoJson(dataset: Dataset, filter: ExportFilter): Promise<void> {
  const { territoriesGeoJson } = await import('./geojson');
  // Always the detailed geometry: the overview is only for drawing at low zoom.
  const { territories } = await loadDetailGeometry();
  const json = JSON.stringify(territoriesGeoJson(dataset, territories, filter));
  download(json, `mutualisations-2008-territoires-${stamp()}.geojson`, 'application/geo+json');
}

/** The subtitle of the PNG: the filters in words, or that every practice is shown. */
export function pngSubtitle(filter: ExportFilter, themeLabel: Record<string, string>): string {
  const filters = [
    filter.themes.length ? `thèmes : ${filter.themes.map((t) => themeLabel[t]).join(', ')}` : '',
    filter.statuses.length ? `statuts : ${filter.statuses.join(', ')}` : '',
  ].filter(Boolean);
  return filters.length ? filters.join(' · ') : 'Toutes les pratiques relevées';
}

/** The map as shown, with its title, the filters, its legend and the sources. */
export async function exportPng(
  map: MapLibreMap,
  caption: { filter: ExportFilter; themeLabel: Record<string, string>; legendTitle: string; legend: readonly LegendItem[] },
): Promise<void> {
  const { mapPng } = await import('./map-png');
  const blob = await mapPng(map, {
    title: MAP_EXPORT_TITLE,
    subtitle: pngSubtitle(caption.filter, caption.themeLabel),
    legendTitle: caption.legendTitle,
    legend: caption.legend,
    source: SOURCE_LINE,
  });
  download(blob, `mutualisations-2008-carte-${stamp()}.png`);
}
