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

export const preloadData = (): Plugin => headTagsPlugin('atlas-preload-data', preloadTags);

/** A build plugin adding to index.html's head the tags `tagsOf` makes from the built files' names. */
export function headTagsPlugin(name: string, tagsOf: (fileNames: readonly string[], base: string) => HtmlTagDescriptor[]): Plugin {
  let base = '/';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => tagsOf(Object.keys(ctx.bundle ?? {}), base),
    },
  };
}
