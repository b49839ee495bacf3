import { hasNoInformation, type Dataset, type Practice, type Territory } from '../schema';
import { visiblePractices, type PracticeFilter } from '../practice-filter';
import { territoriesPerTheme } from '../theme-counts';
import type { ColumnOrder, RowOrder } from '../url-state';
import { columnKeys } from './keys';

/** Statuses from the most advanced to the least: a cell shows the most advanced of its practices. */
const STATUS_RANK = ['en-place', 'en-cours', 'en-projet', 'en-reflexion'];

/** One compared territory and one theme. */
export interface MatrixCell {
  territoryId: string;
  theme: string;
  /** Kept practices of that theme, in survey order. */
  practices: Practice[];
  count: number;
  /** The most advanced status among the practices, or null for an empty cell. */
  status: string | null;
  /** The survey says nothing about the territory: its zeros are not zeros. */
  noInformation: boolean;
}

export interface MatrixColumn {
  id: string;
  /** Letter shared with the map (order of addition). */
  key: string;
  territory: Territory;
  /** Kept practices of the territory (a practice of two themes counts once). */
  total: number;
  noInformation: boolean;
}

export interface MatrixRow {
  theme: string;
  label: string;
  /** One cell per column, in the columns' order. */
  cells: MatrixCell[];
  /** Reference column: how many of the region's territories have at least one kept practice of the theme. */
  regionTerritories: number;
  /** Compared territories (with information) having the theme. */
  frequency: number;
  /** Practices of the theme over the compared territories. */
  sum: number;
  /** How much the compared territories differ on the theme: standard deviation of their counts. */
  spread: number;
}

export interface ComparisonMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Territories in the region: the reference column's denominator. */
  regionSize: number;
  /** The largest count in a cell: the mark scale's domain. */
  maxCount: number;
}


function mostAdvanced(practices: readonly Practice[]): string | null {
  if (!practices.length) return null;
  return STATUS_RANK.find((s) => practices.some((p) => p.status === s)) ?? practices[0].status;
}

/** Population standard deviation; 0 for fewer than two values. */
function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

/**
 * Orders columns: `ajout` keeps the order of addition, `total` puts the territory with most kept
 * practices first (ties keep the order of addition; a territory without information goes last).
 */
export function orderColumns(columns: readonly MatrixColumn[], order: ColumnOrder): MatrixColumn[] {
  if (order === 'ajout') return [...columns];
  const score = (c: MatrixColumn) => (c.noInformation ? -1 : c.total);
  // Array.prototype.sort is stable: equal totals keep the order of addition.
  return [...columns].sort((a, b) => score(b) - score(a));
}

/**
 * Orders rows: `themes` keeps the taxonomy order; `freq` puts first the themes most compared
 * territories have, then the most practices; `diff` (« Différences d'abord ») puts first the themes
 * on which the compared territories' counts are most spread (standard deviation). Ties keep the
 * taxonomy order.
 */
export function orderRows(rows: readonly MatrixRow[], order: RowOrder): MatrixRow[] {
  if (order === 'themes') return [...rows];
  if (order === 'freq') return [...rows].sort((a, b) => b.frequency - a.frequency || b.sum - a.sum);
  return [...rows].sort((a, b) => b.spread - a.spread);
}

export interface MatrixOptions {
  filter: PracticeFilter;
  rows?: RowOrder;
  cols?: ColumnOrder;
}

/**
 * Themes × compared territories, with the reference column for the whole region. Every theme is a
 * row (a blank row says as much as a full one). Unknown ids are skipped.
 */
export function comparisonMatrix(dataset: Dataset, compared: readonly string[], options: MatrixOptions): ComparisonMatrix {
  const { filter, rows: rowOrder = 'themes', cols: colOrder = 'ajout' } = options;
  const byId = new Map<string, Territory>(dataset.territories.map((t) => [t.id, t]));
  const keys = columnKeys(compared);
  const added = compared.map((id) => byId.get(id)).filter((t): t is Territory => t !== undefined);
  const kept = new Map<string, Practice[]>(added.map((t) => [t.id, visiblePractices(t, filter)]));
  const columns = orderColumns(
    added.map((t) => ({
      id: t.id,
      key: keys.get(t.id) ?? '',
      territory: t,
      total: kept.get(t.id)!.length,
      noInformation: hasNoInformation(t),
    })),
    colOrder,
  );
  const themeIds = dataset.themes.map((t) => t.id);
  const region = territoriesPerTheme(dataset.territories, themeIds, filter);
  let maxCount = 0;
  const rows = dataset.themes.map((theme): MatrixRow => {
    const cells = columns.map((c): MatrixCell => {
      const practices = kept.get(c.id)!.filter((p) => (p.themes as readonly string[]).includes(theme.id));
      maxCount = Math.max(maxCount, practices.length);
      return {
        territoryId: c.id,
        theme: theme.id,
        practices,
        count: practices.length,
        status: mostAdvanced(practices),
        noInformation: c.noInformation,
      };
    });
    const counts = cells.filter((c) => !c.noInformation).map((c) => c.count);
    return {
      theme: theme.id,
      label: theme.label,
      cells,
      regionTerritories: region.get(theme.id) ?? 0,
      frequency: counts.filter((n) => n > 0).length,
      sum: counts.reduce((a, b) => a + b, 0),
      spread: standardDeviation(counts),
    };
  });
  return { columns, rows: orderRows(rows, rowOrder), regionSize: dataset.territories.length, maxCount };
}
