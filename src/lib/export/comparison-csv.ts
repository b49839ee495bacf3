import type { Dataset } from '../schema';
import type { ComparisonMatrix } from '../comparison/matrix';
import { DEPARTEMENTS, KINDS } from '../labels';
import { BOM, SEPARATOR, cell } from './csv';
import { surveySourceLine } from './source-line';

const SURVEY_STATUS: Record<string, string> = {
  ok: 'renseigné',
  'no-practice': 'aucune pratique relevée',
  'no-information': "pas d'information",
};

/**
 * The comparison as a table a spreadsheet opens: one row per compared territory (in the matrix's
 * column order), one column per theme (taxonomy order) holding its count of kept practices; empty
 * when the survey has no information on the territory. The source comes last, after a blank line.
 */
export function comparisonCsv(dataset: Dataset, matrix: ComparisonMatrix, statuses: readonly string[]): string {
  const themeIds = dataset.themes.map((t) => t.id);
  const header = ['cle', 'territoire_id', 'territoire', 'nature', 'departement', 'enquete', 'total', ...dataset.themes.map((t) => t.label)];
  const lines = [header.map(cell).join(SEPARATOR)];
  for (const column of matrix.columns) {
    const t = column.territory;
    const counts = themeIds.map((theme) => {
      const found = matrix.rows.find((r) => r.theme === theme)!.cells.find((c) => c.territoryId === t.id)!;
      return column.noInformation ? '' : found.count;
    });
    lines.push(
      [column.key, t.id, t.name, KINDS[t.kind], `${t.departement} ${DEPARTEMENTS[t.departement]}`, SURVEY_STATUS[t.surveyStatus], column.noInformation ? '' : column.total, ...counts]
        .map(cell)
        .join(SEPARATOR),
    );
  }
  lines.push('', cell(surveySourceLine(dataset, statuses)));
  return BOM + lines.join('\r\n') + '\r\n';
}
