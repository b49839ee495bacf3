import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Calls `drawn` once, in the task of the first frame MapLibre drew with its style and every tile
 * loaded: what replaces the SVG map in that task shows in the same composited frame as the canvas.
 */
export function onFirstDrawnFrame(map: MapLibreMap, drawn: () => void): void {
  const check = () => {
    if (!map.isStyleLoaded() || !map.areTilesLoaded()) return;
    map.off('render', check);
    drawn();
  };
  map.on('render', check);
}
