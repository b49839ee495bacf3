import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Starts MapLibre's worker while the data downloads: created with the map, it used to fetch and
 * compile its large script only then, well after the map, before it could tile anything (seen in
 * the trace of a cold load).
 */
export function startMapWorker(): void {
  setWorkerUrl(workerUrl);
  prewarm();
}
