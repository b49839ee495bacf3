import { describe, expect, it } from 'vitest';
import { mapPreloadTags } from '../scripts/preload-map';

describe('the MapLibre modulepreload', () => {
  it('preloads MapLibre’s chunk and the map’s component: not the worker, the CSS, nor the other lazy chunks', () => {
    const built = ['assets/index-a1.js', 'assets/maplibre-Kx_9.js', 'assets/maplibre-gl-worker-Z.mjs', 'assets/maplibre-q.css', 'assets/MapView-b.js', 'assets/MapView-c.css', 'assets/prewarm-d.js', 'assets/MapKeyboard-e.js'];
    expect(mapPreloadTags(built, '/atlas/').map((t) => t.attrs?.href)).toEqual([
      '/atlas/assets/maplibre-Kx_9.js',
      '/atlas/assets/MapView-b.js',
    ]);
    expect(mapPreloadTags(built).every((t) => t.tag === 'link' && t.attrs?.rel === 'modulepreload')).toBe(true);
  });
});
