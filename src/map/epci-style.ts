import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { MAP_COLORS } from '../lib/palette';

/** The 2026 intercommunalités drawn over the 2008 map: their own source and layers, added on demand. */
export const EPCI_SOURCE = 'epci-2026';
/** Invisible fill, for the pointer to find the EPCI under it. */
export const EPCI_HIT_LAYER = 'epci-2026-hit';
export const EPCI_LINE_LAYER = 'epci-2026-line';
export const EPCI_SELECTED_LAYER = 'epci-2026-selected';

/** Dashed, in their own colour over a pale casing: they stay apart from the 2008 borders, which are plain. */
export const EPCI_LINE_STYLE = { casing: 3.2, width: 1.6, dash: [3, 1.6], selected: 3.6 } as const;

export const epciSelectedFilter = (siren: string | null): FilterSpecification => ['==', ['get', 'siren'], siren ?? ''];

/** The layers, bottom first, with the EPCI whose panel is open drawn wider. */
export function epciLayers(selected: string | null): LayerSpecification[] {
  return [
    { id: EPCI_HIT_LAYER, type: 'fill', source: EPCI_SOURCE, paint: { 'fill-color': MAP_COLORS.epci2026, 'fill-opacity': 0 } },
    {
      id: `${EPCI_LINE_LAYER}-casing`,
      type: 'line',
      source: EPCI_SOURCE,
      paint: { 'line-color': '#ffffff', 'line-width': EPCI_LINE_STYLE.casing, 'line-opacity': 0.75 },
      layout: { 'line-join': 'round' },
    },
    {
      id: EPCI_LINE_LAYER,
      type: 'line',
      source: EPCI_SOURCE,
      paint: { 'line-color': MAP_COLORS.epci2026, 'line-width': EPCI_LINE_STYLE.width, 'line-dasharray': [...EPCI_LINE_STYLE.dash] },
      layout: { 'line-join': 'round' },
    },
    {
      id: EPCI_SELECTED_LAYER,
      type: 'line',
      source: EPCI_SOURCE,
      filter: epciSelectedFilter(selected),
      paint: { 'line-color': MAP_COLORS.epci2026, 'line-width': EPCI_LINE_STYLE.selected },
    },
  ];
}
