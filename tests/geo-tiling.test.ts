// Perimeters tile the four départements: pays, stand-alone agglomérations and hors enquête cover
// them with no gap and no overlap; a nested agglomération lies inside its pays.
//
// Overlaps are measured with mapshaper (dissolve, erase), areas with our spherical formula: if
// parts overlapped, the sum of their areas would exceed the area of their union.

import { describe, expect, it } from 'vitest';
import { geometryArea } from '../scripts/geo/area.ts';
import { loadLayers, mapshaperOnTopology, type PolyFeature } from './geo-support.ts';

const sumArea = (features: PolyFeature[]) => features.reduce((sum, f) => sum + geometryArea(f.geometry), 0);
const relative = (a: number, b: number) => Math.abs(a - b) / b;

describe('tiling of Poitou-Charentes', () => {
  it('pays + stand-alone agglomérations + hors enquête = the four départements (within 0.1 %)', async () => {
    const { territories, outside, departements, region } = await loadLayers();
    const parts = territories.filter((f) => f.properties.parent === null);
    const four = departements.filter((f) => !f.properties.context);
    const partsArea = sumArea(parts) + sumArea(outside);
    expect(relative(partsArea, sumArea(four))).toBeLessThan(1e-3);
    expect(relative(sumArea(region), sumArea(four))).toBeLessThan(1e-3);
    // Sanity: Poitou-Charentes is about 25,800 km².
    expect(sumArea(region) / 1e6).toBeGreaterThan(25_000);
    expect(sumArea(region) / 1e6).toBeLessThan(27_000);
  });

  it('has no overlap between those parts: their union is as large as their sum', async () => {
    const { parts, pays } = await mapshaperOnTopology(
      [
        '-filter "parent === null" target=territories + name=top',
        '-merge-layers target=top,outside name=parts force',
        '-dissolve gap-width=0 target=parts',
        '-filter "kind === \'pays\'" target=territories + name=pays',
        '-dissolve gap-width=0 target=pays',
      ].join(' '),
      ['parts', 'pays'],
    );
    const { territories, outside } = await loadLayers();
    const top = territories.filter((f) => f.properties.parent === null);
    // Tolerance 1e-6 of the region ≈ 0.03 km²: far below a single commune.
    expect(relative(sumArea(top) + sumArea(outside), sumArea(parts))).toBeLessThan(1e-6);
    const allPays = territories.filter((f) => f.properties.kind === 'pays');
    expect(relative(sumArea(allPays), sumArea(pays))).toBeLessThan(1e-6);
  });

  it('has no pair of pays, or of pays and agglomération outside nesting, that overlap', async () => {
    const { territories } = await loadLayers();
    const nestedPairs = new Set(territories.filter((f) => f.properties.parent).map((f) => `${f.id}|${f.properties.parent}`));
    // Pairwise intersection areas with mapshaper -clip, limited to pairs whose boxes meet.
    const box = (f: PolyFeature) => {
      const b = [Infinity, Infinity, -Infinity, -Infinity];
      const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [x, y] of rings.flat(2)) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
      }
      return b;
    };
    const boxes = new Map(territories.map((f) => [f.id, box(f)]));
    const pairs: [string, string][] = [];
    for (const a of territories) {
      for (const b of territories) {
        if (a.id >= b.id || nestedPairs.has(`${a.id}|${b.id}`) || nestedPairs.has(`${b.id}|${a.id}`)) continue;
        const [ax0, ay0, ax1, ay1] = boxes.get(a.id)!;
        const [bx0, by0, bx1, by1] = boxes.get(b.id)!;
        if (ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1) pairs.push([a.id, b.id]);
      }
    }
    expect(pairs.length).toBeGreaterThan(50);
    const commands = pairs.flatMap(([a, b], i) => [
      `-filter "id === '${a}'" target=territories + name=a${i}`,
      `-filter "id === '${b}'" target=territories + name=b${i}`,
      `-clip b${i} target=a${i} name=x${i}`,
    ]);
    const result = await mapshaperOnTopology(commands.join(' '), pairs.map((_, i) => `x${i}`));
    pairs.forEach(([a, b], i) => {
      const area = sumArea(result[`x${i}`].filter((f) => f.geometry));
      expect(area, `${a} ∩ ${b}`).toBeLessThan(1000); // m²: shared borders only, no shared land
    });
  });

  it('puts each nested agglomération inside its pays', async () => {
    const { territories } = await loadLayers();
    const nested = territories.filter((f) => f.properties.parent !== null);
    expect(nested.length).toBeGreaterThan(0);
    for (const child of nested) {
      const { rest } = await mapshaperOnTopology(
        [
          `-filter "id === '${child.id}'" target=territories + name=child`,
          `-filter "id === '${child.properties.parent}'" target=territories + name=parent`,
          '-erase parent target=child name=rest',
        ].join(' '),
        ['rest'],
      );
      // What is left of the agglomération outside its pays: nothing but rounding.
      expect(sumArea(rest.filter((f) => f.geometry)), child.id).toBeLessThan(1000);
      expect(geometryArea(child.geometry)).toBeGreaterThan(1e8);
    }
  });
});
