import type { ExpressionSpecification, SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';

/** The theme layers' symbols: one GeoJSON source, one symbol layer drawing images only (no text, so no glyphs). */
export const THEME_SYMBOL_SOURCE = 'theme-symbols';
export const THEME_SYMBOL_LAYER = 'theme-symbols';

/** Each slot's offset from the label point, px, from the features' `slot`. */
export function slotOffsets(offsets: readonly (readonly [number, number])[]): ExpressionSpecification {
  const cases = offsets.flatMap((offset, slot) => [slot, ['literal', [...offset]]]);
  return ['match', ['get', 'slot'], ...cases, ['literal', [0, 0]]] as unknown as ExpressionSpecification;
}

/**
 * Every symbol is drawn, whatever it meets: a missing pictogram must always mean « no practice of this
 * theme », never « hidden by a neighbour ». The slots keep a territory's own symbols apart; later
 * features (the agglomérations) are drawn over earlier ones.
 */
export function themeSymbolLayer(offsets: readonly (readonly [number, number])[]): SymbolLayerSpecification {
  return {
    id: THEME_SYMBOL_LAYER,
    type: 'symbol',
    source: THEME_SYMBOL_SOURCE,
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-offset': slotOffsets(offsets),
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'symbol-z-order': 'source',
    },
  };
}
