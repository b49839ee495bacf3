import type { Dataset, Territory } from '../schema';
import type { ViewState } from '../url-state';
import { paintLegend, territoriesInFilter } from '../territory-paint';
import { DEPARTEMENTS, STATUS_LABEL } from '../labels';

/** What an export follows: every filter shown on screen. */
export type ExportFilters = Pick<ViewState, 'mode' | 'statuses' | 'themes' | 'themeMatch' | 'iso' | 'cmp' | 'dep'>;

/** The three exports, as their file names say them. */
export type ExportKind = 'pratiques' | 'territoires' | 'carte' | 'intercommunalites-2026';

const EXTENSION: Record<ExportKind, string> = { pratiques: 'csv', territoires: 'geojson', carte: 'png', 'intercommunalites-2026': 'geojson' };

/** Beyond this many themes or statuses, the file name gives their number instead of their ids. */
const MAX_NAMED = 3;

/**
 * The territories an export keeps, in survey order: those inside the filters (as the map shows
 * them), and among the compared ones while a comparison is open.
 */
export function exportedTerritories(dataset: Dataset, filters: ExportFilters): Territory[] {
  const legend = paintLegend(dataset.territories, dataset.forms, filters);
  const inFilter = territoriesInFilter(dataset.territories, legend, filters);
  return dataset.territories.filter(
    (t) => (!inFilter || inFilter.has(t.id)) && (filters.cmp.length === 0 || filters.cmp.includes(t.id)),
  );
}

/** The filters in words, one entry each (none when nothing is filtered). */
export function filterSummary(dataset: Dataset, filters: ExportFilters): string[] {
  const themeLabel = new Map(dataset.themes.map((t) => [t.id as string, t.label]));
  const nameOf = new Map(dataset.territories.map((t) => [t.id as string, t.name]));
  const isolated = filters.iso === null ? undefined : paintLegend(dataset.territories, dataset.forms, filters).find((item) => item.key === filters.iso);
  const parts: string[] = [];
  if (filters.dep.length) parts.push(`départements : ${filters.dep.map((code) => `${code} ${DEPARTEMENTS[code]}`).join(', ')}`);
  if (filters.themes.length) {
    const every = filters.themeMatch === 'all' && filters.themes.length > 1;
    parts.push(`thèmes${every ? ' (tous à la fois)' : ''} : ${filters.themes.map((id) => themeLabel.get(id) ?? id).join(', ')}`);
  }
  if (filters.statuses.length) parts.push(`statuts : ${filters.statuses.map((id) => STATUS_LABEL[id] ?? id).join(', ')}`);
  if (isolated) {
    const legendName = filters.mode === 'type' ? 'forme dominante' : 'nombre de pratiques';
    parts.push(`classe isolée (${legendName}) : ${isolated.label}`);
  }
  if (filters.cmp.length) parts.push(`comparaison : ${filters.cmp.map((id) => nameOf.get(id) ?? id).join(', ')}`);
  return parts;
}

/** A day as a file name writes it, in the user's own calendar: 2026-12-06. */
function day(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

const named = (ids: readonly string[], what: string) => (ids.length > MAX_NAMED ? `${ids.length}-${what}` : ids.join('-'));

/**
 * The file name of an export, with its filters: `mutualisations-2008-pratiques-17-sig-2026-12-06.csv`.
 * In order: départements, themes, statuses, isolated legend class (counted from 1 in the number
 * of practices), comparison size.
 */
export function exportFileName(kind: ExportKind, filters: ExportFilters, date: Date): string {
  const parts = ['mutualisations-2008', kind];
  if (filters.dep.length) parts.push(filters.dep.join('-'));
  if (filters.themes.length) parts.push(named(filters.themes, 'themes'));
  if (filters.themes.length > 1 && filters.themeMatch === 'all') parts.push('tous');
  if (filters.statuses.length) parts.push(named(filters.statuses, 'statuts'));
  if (filters.iso !== null) parts.push(`classe-${/^\d+$/.test(filters.iso) ? Number(filters.iso) + 1 : filters.iso}`);
  if (filters.cmp.length) parts.push(`comparaison-${filters.cmp.length}`);
  parts.push(day(date));
  return `${parts.join('-')}.${EXTENSION[kind]}`;
}

/**
 * The file name of the comparison matrix's exports (its table as CSV, its picture as PNG), in the
 * same style: `mutualisations-2008-comparaison-5-territoires-en-place-2026-12-06.png`.
 */
export function comparisonFileName(extension: 'csv' | 'png', filters: Pick<ExportFilters, 'cmp' | 'statuses'>, date: Date): string {
  const parts = ['mutualisations-2008', 'comparaison', `${filters.cmp.length}-territoires`];
  if (filters.statuses.length) parts.push(named(filters.statuses, 'statuts'));
  parts.push(day(date));
  return `${parts.join('-')}.${extension}`;
}
