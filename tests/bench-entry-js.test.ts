import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryScripts } from '../scripts/bench/entry-js';

describe('the scripts the page runs before drawing', () => {
  it('follows the entry module’s static imports, and leaves out what it imports dynamically', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entry-js-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<head><script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" href="/assets/maplibre-m.js"></head>');
    writeFileSync(join(dir, 'assets/index-a.js'), 'import{x as e}from"./shared-b.js";import"./side-c.js";const m=()=>import("./maplibre-m.js");');
    writeFileSync(join(dir, 'assets/shared-b.js'), 'import{y}from"./palette-d.js";export const x=1;');
    writeFileSync(join(dir, 'assets/side-c.js'), 'const p=import("./page-e.js");');
    writeFileSync(join(dir, 'assets/palette-d.js'), 'import"./shared-b.js";export const y=2;');
    writeFileSync(join(dir, 'assets/maplibre-m.js'), 'export const map=1;');
    writeFileSync(join(dir, 'assets/page-e.js'), 'export const page=1;');
    expect(entryScripts(dir)).toEqual(['assets/index-a.js', 'assets/palette-d.js', 'assets/shared-b.js', 'assets/side-c.js']);
  });
});
