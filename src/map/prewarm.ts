import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Starts MapLibre's worker while the data downloads: created with the map, it used to fetch and
 * compile its 500 kB script only then, half a second before it could tile anything (the trace of a
 * cold load shows the worker thread starting 520 ms after the map).
 */
export function startMapWorker(): void {
  setWorkerUrl(workerUrl);
  prewarm();
}
