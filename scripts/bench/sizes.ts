import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Transfer sizes of the built files, and which of them the first paint needs. */

export interface FileSize {
  /** Path under the build directory, with forward slashes and no leading slash ("assets/index-x.js"). */
  path: string;
  bytes: number;
  gzip: number;
}

/** Gzip at zlib's default level 6, the level web servers use for on-the-fly compression. */
export const gzipSize = (content: Buffer | string) => gzipSync(content, { level: 6 }).length;

export function sizeTable(dir: string): FileSize[] {
  const out: FileSize[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const content = readFileSync(full);
        out.push({ path: relative(dir, full).split(sep).join('/'), bytes: content.length, gzip: gzipSize(content) });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export type Category =
  | 'initial-js'
  | 'worker-js'
  | 'lazy-js'
  | 'css'
  | 'lazy-css'
  | 'data'
  | 'geo'
  | 'lazy-data'
  | 'font'
  | 'html'
  | 'other';

export interface ClassifiedFile extends FileSize {
  category: Category;
  /** Requested while the page loaded, up to the map's first idle. */
  initial: boolean;
}

export interface LoadRecord {
  /** Paths requested during the initial load, as URL pathnames ("/assets/index-x.js"). */
  requested: Iterable<string>;
  /** Paths of scripts started as workers (their code runs off the main thread). */
  workers: Iterable<string>;
}

const stripSlash = (p: string) => p.replace(/^\/+/, '');
const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** data/practices.json and geo/* keep their names, with a content hash, once built. */
const DATA = /^practices-[\w-]+\.json$/;
const GEO = /^(?:territories-[\w-]+\.topojson|composition-[\w-]+\.json|[\w-]+\.topojson)$/;

export function classify(files: readonly FileSize[], load: LoadRecord): ClassifiedFile[] {
  const requested = new Set([...load.requested].map(stripSlash));
  const workers = new Set([...load.workers].map(stripSlash));
  return files.map((f) => {
    const initial = requested.has(f.path) || workers.has(f.path);
    const name = base(f.path);
    let category: Category;
    if (/\.m?js$/.test(name)) category = workers.has(f.path) ? 'worker-js' : initial ? 'initial-js' : 'lazy-js';
    else if (name.endsWith('.css')) category = initial ? 'css' : 'lazy-css';
    // Data counts where the first paint fetched it: the detailed geometry, fetched on zoom, is lazy.
    else if (/\.(json|topojson)$/.test(name) && !initial) category = 'lazy-data';
    else if (DATA.test(name)) category = 'data';
    else if (GEO.test(name)) category = 'geo';
    else if (/\.(woff2?|ttf|otf)$/.test(name)) category = 'font';
    else if (name.endsWith('.html')) category = 'html';
    else category = 'other';
    return { ...f, category, initial };
  });
}

/** Sum of gzip sizes per category; fonts count their raw size, since woff2 is already compressed. */
export function totals(files: readonly ClassifiedFile[]): Record<Category, number> {
  const t = {} as Record<Category, number>;
  for (const f of files) t[f.category] = (t[f.category] ?? 0) + (f.category === 'font' ? f.bytes : f.gzip);
  return t;
}
