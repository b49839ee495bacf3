/** Where the comparison matrix goes on a wide screen: a column over the right of the map. */

/** The sidebar's width on wide screens, CSS px. */
export const SIDEBAR_WIDTH = 300;

/** The matrix column is never narrower than this (CSS px): a theme column and three territories. */
const MIN_MATRIX_WIDTH = 340;
/** Nor wider: six territories and the region then fit without scrolling sideways. */
const MAX_MATRIX_WIDTH = 560;

/**
 * The matrix column's width for a window this wide: what leaves the map at least half of the window
 * beside the sidebar, within its bounds (on a narrow laptop the map gives up some of its half).
 */
export function matrixColumnWidth(viewportWidth: number): number {
  return Math.round(Math.min(MAX_MATRIX_WIDTH, Math.max(MIN_MATRIX_WIDTH, viewportWidth / 2 - SIDEBAR_WIDTH)));
}
