import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The scripts the built page must run before it can draw anything: the entry module of index.html
 * and, recursively, what it imports statically. What it imports with `import()` (MapLibre, pages,
 * dialogs) is left out: the page runs, and draws its SVG map, without waiting for those.
 * Paths as in the build directory ("assets/index-x.js").
 */
export function entryScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*\ssrc="\/?([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no module script in ${join(dir, 'index.html')}`);
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(dir, path), 'utf8');
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, never `import("./x.js")`.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g)) visit(folder + m[1]);
  };
  visit(entry);
  return [...seen].sort();
}
