/**
 * MapLibre and the component that creates the map, behind a dynamic import: the entry script runs,
 * and the first paint is drawn, without waiting for MapLibre's chunk. Called by main.ts at start, so
 * the download begins with the page's, not once the data has arrived.
 */
let pending: Promise<typeof import('./MapView.svelte').default> | null = null;

export function loadMapView() {
  // Both requested at once; the worker's URL is set before the component can create a map: a map
  // created first would ask for MapLibre's own default worker file, which the build does not have.
  pending ??= Promise.all([import('./prewarm'), import('./MapView.svelte')]).then(([prewarm, view]) => {
    prewarm.startMapWorker();
    return view.default;
  });
  return pending;
}
