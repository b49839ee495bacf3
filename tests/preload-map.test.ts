import { describe, expect, it } from 'vitest';
import { mapPreloadTags } from '../scripts/preload-map';

describe('the MapLibre modulepreload', () => {
  it('preloads MapLibre’s own chunk only: not its worker, its CSS, nor the app’s chunks', () => {
    const built = ['assets/index-a1.js', 'assets/maplibre-Kx_9.js', 'assets/maplibre-gl-worker-Z.mjs', 'assets/maplibre-q.css', 'assets/MapView-b.js'];
    expect(mapPreloadTags(built, '/atlas/')).toEqual([
      { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: '/atlas/assets/maplibre-Kx_9.js' }, injectTo: 'head' },
    ]);
  });
});
