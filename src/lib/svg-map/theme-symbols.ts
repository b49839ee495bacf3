import { themeSymbols, type ThemeSymbolsInput } from '../theme-layers/symbol-features';
import type { SymbolForm } from '../theme-layers/slots';

/** A theme's symbol for the SVG map: `href` names the `<symbol>` to `<use>`, `offset` its slot. */
export interface SvgThemeSymbol {
  territoryId: string;
  href: string;
  offset: readonly [number, number];
}

/** The id of the `<symbol>` drawing a theme in a form. */
export const svgSymbolId = (form: SymbolForm, theme: string) => `svg-${form}-${theme}`;

/**
 * The theme symbols of the WebGL map, for the SVG map: the same points and slots (`themeSymbols`),
 * each as a `<use>` of its theme's symbol.
 */
export function svgThemeSymbols(input: ThemeSymbolsInput): { symbols: SvgThemeSymbol[]; form: SymbolForm; size: number } {
  const { data, layout } = themeSymbols(input);
  const symbols = data.features.map((f) => ({
    territoryId: f.properties.territory,
    href: `#${svgSymbolId(layout.form, f.properties.theme)}`,
    offset: layout.offsets[f.properties.slot],
  }));
  return { symbols, form: layout.form, size: layout.size };
}
