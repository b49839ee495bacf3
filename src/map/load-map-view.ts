/**
 * MapLibre and the component that creates the map, behind a dynamic import: the entry script runs,
 * and the first paint is drawn, without waiting for MapLibre's chunk (fetched with the page's, see
 * scripts/preload-map.ts).
 */
let pending: Promise<typeof import('./MapView.svelte').default> | null = null;

export function loadMapView() {
  pending ??= import('./MapView.svelte').then(
    (m) => m.default,
    (error: unknown) => {
      // A later call tries again rather than repeat this failure.
      pending = null;
      throw error;
    },
  );
  return pending;
}
