import type { Dataset } from '../schema';
import type { ComparisonMatrix } from '../comparison/matrix';
import { STATUS_KEY, markSide, markStyle } from '../comparison/matrix-marks';
import { MATRIX_COLORS } from '../palette';
import { plural } from '../labels';
import { shortName } from '../short-name';
import { surveySourceLine } from './source-line';

export type Align = 'left' | 'center' | 'right';
export type DrawItem =
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; color: string; align: Align }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke: string | null }
  | { kind: 'hatch'; x: number; y: number; width: number; height: number }
  /** A cell's square: its area grows with the count. */
  | { kind: 'mark'; x: number; y: number; width: number; height: number; fill: string; stroke: string; count: number };

export interface MatrixPicture {
  width: number;
  height: number;
  items: DrawItem[];
}

/** Width of a text at a size, in px; the canvas measures it, tests estimate it. */
export type Measure = (text: string, size: number, bold: boolean) => number;
const estimate: Measure = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.55);

const MARGIN = 16;
const LABEL_WIDTH = 240;
const COLUMN_WIDTH = 110;
const REFERENCE_WIDTH = 124;
const ROW_HEIGHT = 30;
const HEAD_HEIGHT = 62;
const TITLE_HEIGHT = 66;
const MARK_MAX = 22;

/** Cuts a text to a width, with an ellipsis. */
function fit(text: string, width: number, size: number, bold: boolean, measure: Measure): string {
  if (measure(text, size, bold) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, size, bold) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Splits a text into lines no wider than `width`, at spaces. */
function wrap(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, false) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The comparison matrix as a picture: title, column heads with their letters, one row per theme
 * (marks sized and filled as on screen), the reference column, the key and the source. Positions in
 * CSS px; the caller scales them for the screen's density.
 */
export function matrixLayout(dataset: Dataset, matrix: ComparisonMatrix, statuses: readonly string[], measure: Measure = estimate): MatrixPicture {
  const items: DrawItem[] = [];
  const text = (x: number, y: number, value: string, size: number, bold = false, color: string = MATRIX_COLORS.ink, align: Align = 'left') =>
    items.push({ kind: 'text', x, y, text: value, size, bold, color, align });
  const width = MARGIN * 2 + LABEL_WIDTH + matrix.columns.length * COLUMN_WIDTH + REFERENCE_WIDTH;
  const side = markSide(matrix.maxCount, MARK_MAX);

  text(MARGIN, 30, `Comparaison de ${matrix.columns.length} territoires`, 20, true);
  text(MARGIN, 52, 'Mutualisations des pays et agglomérations de Poitou-Charentes, 2008 — pratiques par thème', 13, false, MATRIX_COLORS.muted);

  const top = TITLE_HEIGHT;
  const left = MARGIN + LABEL_WIDTH;
  const heads = [
    ...matrix.columns.map((c) => ({
      key: c.key,
      name: shortName(c.territory.name, c.territory.kind),
      note: c.noInformation ? "pas d'information" : plural(c.total, 'pratique'),
    })),
    { key: '', name: 'Poitou-Charentes', note: `territoires sur ${matrix.regionSize}` },
  ];
  heads.forEach((h, i) => {
    const w = i < matrix.columns.length ? COLUMN_WIDTH : REFERENCE_WIDTH;
    const cx = left + i * COLUMN_WIDTH + w / 2;
    items.push({ kind: 'rect', x: left + i * COLUMN_WIDTH, y: top, width: w, height: HEAD_HEIGHT, fill: MATRIX_COLORS.head, stroke: MATRIX_COLORS.grid });
    if (h.key) text(cx, top + 16, h.key, 13, true, MATRIX_COLORS.ink, 'center');
    text(cx, top + 36, fit(h.name, w - 6, 12, true, measure), 12, true, MATRIX_COLORS.ink, 'center');
    text(cx, top + 53, fit(h.note, w - 6, 11, false, measure), 11, false, MATRIX_COLORS.muted, 'center');
  });

  matrix.rows.forEach((row, r) => {
    const y = top + HEAD_HEIGHT + r * ROW_HEIGHT;
    text(MARGIN, y + ROW_HEIGHT / 2 + 4, fit(row.label, LABEL_WIDTH - 8, 12, false, measure), 12);
    row.cells.forEach((cell, i) => {
      const x = left + i * COLUMN_WIDTH;
      if (cell.noInformation) items.push({ kind: 'hatch', x, y, width: COLUMN_WIDTH, height: ROW_HEIGHT });
      items.push({ kind: 'rect', x, y, width: COLUMN_WIDTH, height: ROW_HEIGHT, fill: 'transparent', stroke: MATRIX_COLORS.grid });
      if (cell.count === 0) return;
      const s = side(cell.count);
      const style = markStyle(cell.status);
      items.push({ kind: 'mark', x: x + (COLUMN_WIDTH - s) / 2, y: y + (ROW_HEIGHT - s) / 2, width: s, height: s, ...style, count: cell.count });
    });
    const x = left + matrix.columns.length * COLUMN_WIDTH;
    const share = row.regionTerritories / matrix.regionSize;
    items.push({ kind: 'rect', x, y: y + ROW_HEIGHT / 4, width: REFERENCE_WIDTH * share, height: ROW_HEIGHT / 2, fill: MATRIX_COLORS.reference, stroke: null });
    items.push({ kind: 'rect', x, y, width: REFERENCE_WIDTH, height: ROW_HEIGHT, fill: 'transparent', stroke: MATRIX_COLORS.grid });
    text(x + 6, y + ROW_HEIGHT / 2 + 4, String(row.regionTerritories), 12);
  });

  let y = top + HEAD_HEIGHT + matrix.rows.length * ROW_HEIGHT + 24;
  let x = MARGIN;
  for (const entry of [...STATUS_KEY.map((k) => ({ label: k.label, style: k.style })), { label: "Pas d'information", style: null }]) {
    if (entry.style) items.push({ kind: 'rect', x, y: y - 10, width: 12, height: 12, fill: entry.style.fill, stroke: entry.style.stroke });
    else items.push({ kind: 'hatch', x, y: y - 10, width: 12, height: 12 });
    text(x + 18, y, entry.label, 12);
    x += 18 + measure(entry.label, 12, false) + 18;
  }
  y += 20;
  text(MARGIN, y, `Aire du carré proportionnelle au nombre de pratiques (le plus grand : ${plural(matrix.maxCount, 'pratique')}). Case vide : aucune pratique.`, 11, false, MATRIX_COLORS.muted);
  for (const line of wrap(surveySourceLine(dataset, statuses), width - 2 * MARGIN, 11, measure)) {
    y += 16;
    text(MARGIN, y, line, 11, false, MATRIX_COLORS.muted);
  }
  return { width, height: y + MARGIN, items };
}
