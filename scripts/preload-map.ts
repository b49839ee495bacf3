import type { HtmlTagDescriptor, Plugin } from 'vite';
import { headTagsPlugin } from './preload-data';

/** MapLibre's chunk (its own, see vite.config.ts), imported dynamically by the app. */
const MAPLIBRE_CHUNK = /^assets\/maplibre-[\w-]+\.js$/;

/**
 * A `<link rel="modulepreload">` for MapLibre: the app imports it dynamically so that its first
 * paint does not wait for it, but its download must still start with the page's, not once the
 * entry script has run.
 */
export function mapPreloadTags(fileNames: readonly string[], base = '/'): HtmlTagDescriptor[] {
  return fileNames
    .filter((name) => MAPLIBRE_CHUNK.test(name))
    .map((name) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${name}` }, injectTo: 'head' }));
}

export const preloadMap = (): Plugin => headTagsPlugin('atlas-preload-map', mapPreloadTags);
