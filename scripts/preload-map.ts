import type { HtmlTagDescriptor, Plugin } from 'vite';
import { headTagsPlugin } from './preload-data.ts';

/** MapLibre's chunk (its own, see vite.config.ts) and the component that creates the map, both imported dynamically by the app. */
const MAP_CHUNKS = /^assets\/(maplibre|MapView)-[\w-]+\.js$/;

/**
 * A `<link rel="modulepreload">` for MapLibre and the map's component: the app imports them
 * dynamically so that its first paint does not wait for them, but their download must still start
 * with the page's, not once the entry script has run (the component's request otherwise left at
 * the first paint, and the map was created 250 ms later).
 */
export function mapPreloadTags(fileNames: readonly string[], base = '/'): HtmlTagDescriptor[] {
  return fileNames
    .filter((name) => MAP_CHUNKS.test(name))
    .map((name) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${name}` }, injectTo: 'head' }));
}

export const preloadMap = (): Plugin => headTagsPlugin('atlas-preload-map', mapPreloadTags);
