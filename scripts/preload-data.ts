import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The data files the app fetches before it can draw anything (see src/lib/atlas.ts). */
const FIRST_FETCHES = /^assets\/(practices|overview|composition)-[\w-]+\.(json|topojson)$/;

/**
 * `<link rel="preload">` tags for the app's first fetches: the browser downloads them while it
 * parses the app's JavaScript, instead of after. `crossorigin` makes the preload match the app's
 * own fetch() (CORS mode, same-origin credentials), so the response is reused, not fetched twice.
 */
export function preloadTags(fileNames: readonly string[], base = '/'): HtmlTagDescriptor[] {
  return fileNames
    .filter((name) => FIRST_FETCHES.test(name))
    .sort()
    .map((name) => ({
      tag: 'link',
      attrs: { rel: 'preload', href: `${base}${name}`, as: 'fetch', crossorigin: 'anonymous' },
      injectTo: 'head',
    }));
}

export function preloadData(): Plugin {
  let base = '/';
  return {
    name: 'atlas-preload-data',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => preloadTags(Object.keys(ctx.bundle ?? {}), base),
    },
  };
}
