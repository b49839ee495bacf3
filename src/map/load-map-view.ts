/**
 * MapLibre and the component that creates the map, behind a dynamic import: the entry script runs,
 * and the SVG map is drawn, without waiting for MapLibre's chunk. Called by main.ts at start, so the
 * download begins with the page's, not once the data has arrived.
 */
let pending: Promise<typeof import('./MapView.svelte').default> | null = null;

export function loadMapView() {
  pending ??= import('./MapView.svelte').then((m) => m.default);
  return pending;
}
