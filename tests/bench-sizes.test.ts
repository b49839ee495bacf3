import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { classify, gzipSize, sizeTable, totals } from '../scripts/bench/sizes';

describe('bench transfer sizes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('measures gzip sizes the way zlib compresses them', () => {
    const text = 'maplibre '.repeat(1000);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 6 }).length);
    expect(gzipSize(text)).toBeLessThan(text.length / 20);
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
  });

  it('lists every built file with its raw and gzip size, paths with forward slashes', () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'assets', 'index-a1.js'), 'console.log(1);'.repeat(50));
    const table = sizeTable(dir);
    expect(table.map((f) => f.path)).toEqual(['assets/index-a1.js', 'index.html']);
    expect(table[0].bytes).toBe(750);
    expect(table[0].gzip).toBe(gzipSize('console.log(1);'.repeat(50)));
  });

  const files = [
    'index.html',
    'assets/index-Ab1.js',
    'assets/index-Cd2.css',
    'assets/maplibre-gl-worker-Ef3.mjs',
    'assets/StatsPage-Gh4.js',
    'assets/StatsPage-Ij5.css',
    'assets/practices-Kl6.json',
    'assets/territories-Mn7.topojson',
    'assets/overview-Uv1.topojson',
    'assets/composition-Op8.json',
    'assets/communes-St0.json',
    'assets/noto-sans-latin-400-normal-Qr9.woff2',
    'favicon.svg',
  ].map((path, i) => ({ path, bytes: 1000 * (i + 1), gzip: 100 * (i + 1) }));

  const classified = classify(files, {
    requested: [
      '/',
      '/assets/index-Ab1.js',
      '/assets/index-Cd2.css',
      '/assets/maplibre-gl-worker-Ef3.mjs',
      '/assets/practices-Kl6.json',
      '/assets/overview-Uv1.topojson',
      '/assets/composition-Op8.json',
      '/assets/noto-sans-latin-400-normal-Qr9.woff2',
    ],
    workers: ['/assets/maplibre-gl-worker-Ef3.mjs'],
  });
  const category = (path: string) => classified.find((f) => f.path === path)!.category;

  it('sorts what the first paint requested from what loads later', () => {
    expect(category('assets/index-Ab1.js')).toBe('initial-js');
    expect(category('assets/maplibre-gl-worker-Ef3.mjs')).toBe('worker-js');
    expect(category('assets/StatsPage-Gh4.js')).toBe('lazy-js');
    expect(category('assets/index-Cd2.css')).toBe('css');
    expect(category('assets/StatsPage-Ij5.css')).toBe('lazy-css');
    expect(category('assets/practices-Kl6.json')).toBe('data');
    expect(category('assets/overview-Uv1.topojson')).toBe('geo');
    expect(category('assets/territories-Mn7.topojson')).toBe('lazy-data');
    expect(category('assets/composition-Op8.json')).toBe('geo');
    expect(category('assets/communes-St0.json')).toBe('lazy-data');
    expect(category('assets/noto-sans-latin-400-normal-Qr9.woff2')).toBe('font');
    expect(category('index.html')).toBe('html');
    expect(category('favicon.svg')).toBe('other');
    expect(classified.find((f) => f.path === 'assets/StatsPage-Gh4.js')!.initial).toBe(false);
  });

  it('sums gzip sizes per category, fonts at their raw size', () => {
    const t = totals(classified);
    expect(t['initial-js']).toBe(200);
    expect(t.geo).toBe(900 + 1000);
    expect(t.font).toBe(12_000);
  });
});
