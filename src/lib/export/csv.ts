import type { Dataset } from '../schema';
import { keepsPractice, matchesThemes } from '../practice-filter';
import { COLUMNS, DEPARTEMENTS, KINDS, STATUS_LABEL } from '../labels';
import { exportedTerritories, filterSummary, type ExportFilters } from './filters';
import { epciColumns, EPCI_COLUMNS } from '../epci/epci-export';
import type { Crosswalk } from '../epci/types';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';

/** A spreadsheet must read a cell as text, never as a formula, whatever the survey says. */
export function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = ['territoire_id', 'territoire', 'nature', 'departement', 'colonne', 'statut', 'themes', 'formes', 'pratique'];

/**
 * The filters as the file's first row, a comment (`# Filtres : …`): a spreadsheet shows it above
 * the table, a script skips one row. No semicolon, so it stays one cell.
 */
function filtersRow(dataset: Dataset, filters: ExportFilters): string {
  const parts = filterSummary(dataset, filters).map((part) => part.replace(/;/g, ','));
  return `# Filtres : ${parts.length ? parts.join(' · ') : 'aucun, toutes les pratiques relevées'}`;
}

/**
 * One row per practice kept by the filters, in survey order, under a first row naming the filters;
 * semicolon-separated with a BOM so French spreadsheet software opens it with accents right.
 * With the crosswalk, each row ends with its territory's 2026 intercommunalités (EPCI_COLUMNS).
 */
export function practicesCsv(dataset: Dataset, filters: ExportFilters, crosswalk: Crosswalk | null = null): string {
  const themeLabel = new Map(dataset.themes.map((t) => [t.id, t.label]));
  const formLabel = new Map(dataset.forms.map((f) => [f.id, f.label]));
  const columnLabel = new Map(COLUMNS.map((c) => [c.id, c.label]));
  const lines = [filtersRow(dataset, filters), [...HEADER, ...(crosswalk ? EPCI_COLUMNS : [])].join(SEPARATOR)];
  for (const t of exportedTerritories(dataset, filters)) {
    const today = crosswalk ? Object.values(epciColumns(crosswalk, t.id)) : [];
    for (const p of t.practices) {
      if (!keepsPractice(filters, p) || (filters.themes.length > 0 && !matchesThemes(p, filters.themes))) continue;
      lines.push(
        [
          t.id,
          t.name,
          KINDS[t.kind],
          `${t.departement} ${DEPARTEMENTS[t.departement]}`,
          columnLabel.get(p.column) ?? p.column,
          STATUS_LABEL[p.status] ?? p.status,
          p.themes.map((id) => themeLabel.get(id) ?? id).join(', '),
          p.forms.map((id) => formLabel.get(id) ?? id).join(', '),
          p.text,
          ...today,
        ]
          .map(cell)
          .join(SEPARATOR),
      );
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
