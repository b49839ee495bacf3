/**
 * Where each active layer's symbol sits around a territory's label point, in screen pixels: a row of
 * pictograms just above the name, one fixed slot per active theme in toggle order, so that a gap always
 * means « no practice of this theme ». Beyond `collapseAbove` themes a row would run over the neighbours:
 * the symbols turn into a compact grid of theme-coloured dots, each theme keeping its cell.
 */

/** Pictogram symbol: the side of its image, px, and of its disc, drawn at the bottom left to leave the top right to the count. */
export const PICTOGRAM_SIZE = 24;
export const PICTOGRAM_DISC_SIZE = 20;
/** Space between two pictograms, px. */
export const SLOT_GAP = 2;
/** Compact form: dot side, gap, and dots per row. */
export const DOT_SIZE = 9;
export const DOT_GAP = 2;
export const DOT_COLUMNS = 6;
/** Active themes shown as pictograms; more collapse into dots. */
export const MAX_PICTOGRAMS = 6;
/**
 * Half the height of a two-line name label (name, then its count), plus a margin: the symbols keep
 * clear of the name drawn centred on the same point.
 */
export const NAME_CLEARANCE = 16;

export type SymbolForm = 'pictogram' | 'dot';

export interface SymbolLayout {
  form: SymbolForm;
  /** Side of each symbol, px. */
  size: number;
  /** Centre of each active theme's symbol relative to the label point, px (y down), in toggle order. */
  offsets: [number, number][];
}

function grid(count: number, columns: number, size: number, gap: number): [number, number][] {
  const rows = Math.ceil(count / columns);
  const perRow = Math.min(count, columns);
  const step = size + gap;
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / columns);
    const column = i % columns;
    // Centred on the label point's vertical, in reading order: the last row sits just above the name.
    const x = (column - (perRow - 1) / 2) * step;
    const y = -(NAME_CLEARANCE + size / 2 + (rows - 1 - row) * step);
    return [x, y];
  });
}

export function symbolLayout(activeCount: number, collapseAbove = MAX_PICTOGRAMS): SymbolLayout {
  if (activeCount <= collapseAbove) {
    return { form: 'pictogram', size: PICTOGRAM_SIZE, offsets: grid(activeCount, Math.max(1, activeCount), PICTOGRAM_SIZE, SLOT_GAP) };
  }
  return { form: 'dot', size: DOT_SIZE, offsets: grid(activeCount, DOT_COLUMNS, DOT_SIZE, DOT_GAP) };
}
