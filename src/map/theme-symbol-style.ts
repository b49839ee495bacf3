import type { SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { symbolLayout, MAX_PICTOGRAMS, type SymbolForm } from '../lib/theme-layers/slots';

/**
 * The theme layers on the map: one GeoJSON source holding every theme's symbols, and for each theme
 * two symbol layers, its pictograms and its dots, drawing images only (no text, so no glyphs).
 *
 * A toggle changes paint properties only (opacity and translation), never the source, the layout or a
 * filter: those would send the symbols back to MapLibre's worker to be laid out again, which took
 * hundreds of milliseconds per toggle under a software renderer.
 */
export const THEME_SYMBOL_SOURCE = 'theme-symbols';

const FORMS: readonly SymbolForm[] = ['pictogram', 'dot'];

export const themeSymbolLayerId = (theme: string, form: SymbolForm) => `theme-${form}-${theme}`;

/**
 * Every symbol is drawn, whatever it meets: a missing pictogram must always mean « no practice of this
 * theme », never « hidden by a neighbour ». Later features (the agglomérations) are drawn over earlier
 * ones. Hidden until a toggle shows it; no fade, so the frame after the click shows the symbols.
 */
export function themeSymbolLayer(theme: string, form: SymbolForm): SymbolLayerSpecification {
  return {
    id: themeSymbolLayerId(theme, form),
    type: 'symbol',
    source: THEME_SYMBOL_SOURCE,
    filter: ['==', ['get', 'theme'], theme],
    layout: {
      'icon-image': ['get', form],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'symbol-z-order': 'source',
    },
    paint: {
      'icon-opacity': 0,
      'icon-opacity-transition': { duration: 0, delay: 0 },
      'icon-translate': [0, 0],
      'icon-translate-transition': { duration: 0, delay: 0 },
    },
  };
}

/** The layers of all themes, in theme order. */
export const themeSymbolLayers = (themes: readonly string[]): SymbolLayerSpecification[] =>
  themes.flatMap((theme) => FORMS.map((form) => themeSymbolLayer(theme, form)));

export interface SymbolLayerPaint {
  opacity: 0 | 1;
  /** The theme's slot beside the name, px. */
  translate: [number, number];
}

/**
 * What each layer shows for the active themes: the active themes' layers of the form the layout
 * chose, each at its theme's slot in toggle order; every other layer hidden.
 */
export function symbolLayerPaint(themes: readonly string[], active: readonly string[], collapseAbove = MAX_PICTOGRAMS): Map<string, SymbolLayerPaint> {
  const layout = symbolLayout(active.length, collapseAbove);
  const paint = new Map<string, SymbolLayerPaint>();
  for (const theme of themes) {
    const slot = active.indexOf(theme);
    for (const form of FORMS) {
      const shown = slot >= 0 && form === layout.form;
      paint.set(themeSymbolLayerId(theme, form), { opacity: shown ? 1 : 0, translate: shown ? [...layout.offsets[slot]] : [0, 0] });
    }
  }
  return paint;
}
