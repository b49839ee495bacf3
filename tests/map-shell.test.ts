import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { mapShellHtml } from '../scripts/map-shell-page';
import { DatasetSchema } from '../src/lib/schema';
import { atlasGeometry } from '../src/lib/atlas-geometry';
import { territoryPaint } from '../src/lib/territory-paint';
import { defaultView } from '../src/lib/url-state';
import { worldX, worldY } from '../src/lib/svg-map/mercator';
import { mapShellData, mapShellDataBlock } from '../src/lib/map-shell/page';
import type { MapShellData } from '../src/lib/map-shell/script';
import { customMedia } from '../svelte.config.js';
import { TWO_ROW_HEADER_MEDIA } from '../src/lib/phone-layout';

// The shell built from the real survey and overview, as `vite build` puts it in index.html.
const html = mapShellHtml('.');
const dataset = v.parse(DatasetSchema, JSON.parse(readFileSync('data/practices.json', 'utf8')));
const geometry = atlasGeometry(JSON.parse(readFileSync('geo/overview.topojson', 'utf8')), 'geo/overview.topojson');
const data: MapShellData = JSON.parse(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]);
const fills = new Map(data.parts.filter((p) => p.territory).map((p) => [p.territory, p.fill]));

describe('the map shell of index.html', () => {
  it('draws every territory of the survey once, filled and outlined', () => {
    expect([...fills.keys()].sort()).toEqual(dataset.territories.map((t) => t.id).sort());
    for (const part of data.parts.filter((p) => p.territory)) expect(part.stroke && part.d.startsWith('M')).toBeTruthy();
  });

  it('colours each territory as the legend of the opening view classes it', () => {
    const { legend } = territoryPaint(dataset.territories, dataset.forms, defaultView());
    expect(legend.length).toBeGreaterThan(2);
    for (const item of legend) for (const id of item.ids) expect(fills.get(id), `${id} in « ${item.label} »`).toBe(item.color);
  });

  it('frames the region: its size has the region’s shape in Web Mercator, inside the bounds the view may not leave', () => {
    const [w, h] = data.size;
    const [west, south, east, north] = geometry.bounds;
    expect(w / h).toBeCloseTo((worldX(east) - worldX(west)) / (worldY(south) - worldY(north)), 3);
    const [x0, y0, x1, y1] = data.maxBounds;
    expect(x0 < 0 && y0 < 0 && x1 > w && y1 > h).toBe(true);
  });

  it('puts its data before the script that draws it', () => {
    expect(html.indexOf('application/json')).toBeLessThan(html.indexOf('<script>'));
  });

  it('keeps its data a data block whatever a string in it holds', () => {
    const hostile = mapShellData(geometry, { 'pays-mellois': '</script><script>alert(1)</script>' });
    const block = mapShellDataBlock(hostile);
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    const parsed: MapShellData = JSON.parse(/>([\s\S]*)<\/script>$/.exec(block)![1]);
    expect(parsed.parts.find((p) => p.territory === 'pays-mellois')?.fill).toBe('</script><script>alert(1)</script>');
  });
});

describe('the header on two rows', () => {
  it('has its media query written once, for the components and the stylesheet alike', () => {
    expect(customMedia.style({ content: '@media (--two-row-header) {}' }).code).toBe(`@media ${TWO_ROW_HEADER_MEDIA} {}`);
  });
});
