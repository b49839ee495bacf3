import type { Map as MapLibreMap } from 'maplibre-gl';

interface MaybeDragHandler {
  _activateOnStart?: unknown;
}

/** Said on the console when the private field below is gone: the map still works, clicks cost more. */
export const PAN_ON_DRAG_WARNING =
  "MapLibre's mouse pan handler has no _activateOnStart field any more: each click on the map costs one more repaint (src/map/pan-on-drag.ts).";

/**
 * Makes MapLibre's mouse pan wait for the pointer to move before it counts as active, as its touch
 * pan already does. Active from the press, it "ends" at every release, click included, and MapLibre
 * then repaints the whole map in the next frame: the frame that shows the panel of the territory
 * clicked, which it delays (the README's performance section has the figures).
 * Dragging pans as before: the handler becomes active on the first move past the click tolerance.
 * The field is private: when a MapLibre release renames it this changes nothing, says so on the
 * console and returns false (tests/browser/maplibre-private.test.ts fails then).
 */
export function panOnlyOnDrag(map: MapLibreMap, warn: (message: string) => void = console.warn): boolean {
  const handlers = (map as unknown as { _handlers?: { _handlersById?: Record<string, MaybeDragHandler> } })._handlers;
  const mousePan = handlers?._handlersById?.mousePan;
  if (!mousePan || typeof mousePan._activateOnStart !== 'boolean') {
    warn(PAN_ON_DRAG_WARNING);
    return false;
  }
  mousePan._activateOnStart = false;
  return true;
}
