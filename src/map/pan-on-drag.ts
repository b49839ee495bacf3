import type { Map as MapLibreMap } from 'maplibre-gl';

interface MaybeDragHandler {
  _activateOnStart?: unknown;
}

/**
 * Makes MapLibre's mouse pan wait for the pointer to move before it counts as active, as its touch
 * pan already does. Active from the press, it "ends" at every release, click included, and MapLibre
 * then repaints the whole map in the next frame: the frame that shows the panel of the territory
 * clicked (6-14 ms of main thread there, and a software-rendered frame for the GPU process; click →
 * panel p95 58.7 ms with it, 48.9 ms without, in an interleaved A/B of 21 clicks each).
 * Dragging pans as before: the handler becomes active on the first move past the click tolerance.
 * The field is private: if a MapLibre release renames it, this changes nothing and returns false.
 */
export function panOnlyOnDrag(map: MapLibreMap): boolean {
  const handlers = (map as unknown as { _handlers?: { _handlersById?: Record<string, MaybeDragHandler> } })._handlers;
  const mousePan = handlers?._handlersById?.mousePan;
  if (!mousePan || typeof mousePan._activateOnStart !== 'boolean') return false;
  mousePan._activateOnStart = false;
  return true;
}
