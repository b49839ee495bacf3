/**
 * The phone layout, defined once (phone-layout.json): the code reads it here, the components' CSS
 * through `@media (--phone)` / `@media (--wide)` (expanded when they are compiled, see
 * svelte.config.js) and the `--sheet-height` custom property.
 */
import layout from './phone-layout.json';

/** Screens this wide or narrower (CSS px) get the phone layout: one column, the panel as a bottom sheet. */
export const PHONE_MAX_WIDTH = layout.phoneMaxWidth;

/** The phone layout's media query, as the components' `@media (--phone)` reads. */
export const PHONE_MEDIA = `(max-width: ${layout.phoneMaxWidth}px)`;

/** The share of the screen's height that the bottom sheet covers on a phone. */
export const SHEET_HEIGHT = layout.sheetHeightVh / 100;

/** Wider than a phone, too narrow for the header's one row: the two-row header's media query, as the components' `@media (--two-row-header)` reads. */
export const TWO_ROW_HEADER_MEDIA = `(min-width: ${layout.phoneMaxWidth + 1}px) and (max-width: ${layout.twoRowHeaderMaxWidth}px)`;

/**
 * The header's height, px, fixed for each layout: the map's box then starts at a height known before
 * any script runs, where index.html draws the map's shell (see map-shell/).
 */
export const HEADER_HEIGHT: Readonly<Record<'wide' | 'twoRows' | 'phone', number>> = layout.headerHeight;

export const LAYOUT_CSS_PROPERTIES: Record<string, string> = {
  '--sheet-height': `${layout.sheetHeightVh}vh`,
};
