import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('map');

/** The map, shared with the components that draw on it; null until the style has loaded. */
export interface MapContext {
  readonly map: MapLibreMap | null;
}

export const setMapContext = (ctx: MapContext) => setContext(KEY, ctx);
export const getMapContext = () => getContext<MapContext>(KEY);
