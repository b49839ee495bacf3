import type { Dataset } from '../schema';
import { keepsPractice, matchesThemes, type PracticeFilter } from '../practice-filter';
import { COLUMNS, DEPARTEMENTS, KINDS, STATUS_LABEL } from '../labels';

/** What the user narrowed the map to: exports follow it. */
export interface ExportFilter extends PracticeFilter {
  /** Active themes; when any, only practices of those themes are exported. */
  themes: readonly string[];
}

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
 * One row per practice kept by the filter, in survey order; semicolon-separated with a BOM
 * so French spreadsheet software opens it with accents right.
 */
export function practicesCsv(dataset: Dataset, filter: ExportFilter): string {
  const themeLabel = new Map(dataset.themes.map((t) => [t.id, t.label]));
  const formLabel = new Map(dataset.forms.map((f) => [f.id, f.label]));
  const columnLabel = new Map(COLUMNS.map((c) => [c.id, c.label]));
  const lines = [HEADER.join(SEPARATOR)];
  for (const t of dataset.territories) {
    for (const p of t.practices) {
      if (!keepsPractice(filter, p) || (filter.themes.length > 0 && !matchesThemes(p, filter.themes))) continue;
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
        ]
          .map(cell)
          .join(SEPARATOR),
      );
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
