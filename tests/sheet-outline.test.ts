import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { root } from './survey-fixtures';
import { outlines, projection } from '../src/lib/sheet/outline-svg';
import { boundsOf } from '../src/lib/atlas-geometry';
import { distanceKm } from '../src/lib/comparison';
import type { TerritoryProperties } from '../src/lib/geo/types';

const topology = JSON.parse(readFileSync(`${root}geo/overview.topojson`, 'utf8')) as Topology;
const territories = feature(topology, topology.objects.territories as GeometryCollection) as FeatureCollection;

const numbers = (d: string) => d.match(/-?[\d.]+/g)!.map(Number);

describe('locator outlines', () => {
  const drawn = outlines(territories, 200);

  it('draws the 33 territories inside the box, agglomérations over the pays', () => {
    expect(drawn.territories).toHaveLength(33);
    for (const t of drawn.territories) {
      const n = numbers(t.d);
      expect(n.length).toBeGreaterThan(6);
      n.forEach((v, i) => expect(v).toBeLessThanOrEqual(i % 2 ? drawn.height : drawn.width));
      expect(Math.min(...n)).toBeGreaterThanOrEqual(0);
    }
    const kinds = drawn.territories.map((t) => t.kind);
    expect(kinds.indexOf('agglomeration')).toBe(kinds.lastIndexOf('pays') + 1);
  });

  it('keeps kilometres the same length east-west and north-south', () => {
    const { project } = projection(boundsOf(territories), 200);
    const label = (id: string) => {
      const p = territories.features.find((f) => f.id === id)!.properties as TerritoryProperties;
      return [p.labelX, p.labelY] as const;
    };
    const pairs = [
      ['ca-la-rochelle', 'ca-poitiers'],
      ['pays-thouarsais', 'pays-sud-charente'],
      ['pays-loudunais', 'pays-haute-saintonge'],
    ];
    const pxPerKm = pairs.map(([a, b]) => {
      const [pa, pb] = [project(label(a)), project(label(b))];
      return Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) / distanceKm(label(a), label(b));
    });
    for (const ratio of pxPerKm) expect(ratio / pxPerKm[0]).toBeCloseTo(1, 1);
  });
});
