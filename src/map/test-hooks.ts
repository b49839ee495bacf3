import type { Map as MapLibreMap } from 'maplibre-gl';

/** What a page sets before the app loads to have the map published (tests/browser, the benchmark). */
interface TestHooks {
  __atlasTestHooks?: boolean;
  __atlasMap?: MapLibreMap;
}

/**
 * Tests and the benchmark drive the map through `window.__atlasMap` (projecting points, waiting for
 * idle). The app publishes it only in a page that asked for it by setting `window.__atlasTestHooks`
 * before loading; nothing else can reach the map from outside.
 */
export function publishForTests(map: MapLibreMap, target: TestHooks = window as unknown as TestHooks): boolean {
  if (target.__atlasTestHooks !== true) return false;
  target.__atlasMap = map;
  return true;
}
