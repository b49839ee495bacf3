import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { nearestInDirection, startingTerritory, type Direction } from '../src/lib/keyboard-nav';

const topology = JSON.parse(readFileSync('geo/territories.topojson', 'utf8')) as Topology;
const points = new Map(
  (topology.objects.territories as GeometryCollection).geometries.map((g) => {
    const p = g.properties as { labelX: number; labelY: number };
    return [String(g.id), [p.labelX, p.labelY] as const];
  }),
);
const DIRECTIONS: Direction[] = ['up', 'down', 'left', 'right'];

describe('arrow keys between the territories of the map (real label points)', () => {
  it('each arrow leads to a territory lying that way', () => {
    for (const [id, [x, y]] of points) {
      for (const d of DIRECTIONS) {
        const next = nearestInDirection(id, points, d);
        if (!next) continue;
        const [nx, ny] = points.get(next)!;
        const ok = { up: ny > y, down: ny < y, left: nx < x, right: nx > x }[d];
        expect(ok, `${id} ${d} → ${next}`).toBe(true);
      }
    }
  });

  it('nothing lies above the northernmost label, nor left of the westernmost', () => {
    const north = [...points].reduce((a, b) => (b[1][1] > a[1][1] ? b : a))[0];
    const west = [...points].reduce((a, b) => (b[1][0] < a[1][0] ? b : a))[0];
    expect(nearestInDirection(north, points, 'up')).toBeNull();
    expect(nearestInDirection(west, points, 'left')).toBeNull();
  });

  it('every territory can be reached with the arrows from any other', () => {
    const start = 'ca-poitiers';
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const id = queue.shift()!;
      for (const d of DIRECTIONS) {
        const next = nearestInDirection(id, points, d);
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(points.size);
  });

  it('neighbours on the map: east of the Thouarsais is the Loudunais, and back', () => {
    expect(nearestInDirection('pays-thouarsais', points, 'right')).toBe('pays-loudunais');
    expect(nearestInDirection('pays-loudunais', points, 'left')).toBe('pays-thouarsais');
  });

  it('starts from the open territory, else from the label nearest the given point', () => {
    expect(startingTerritory(points, [0, 46], 'pays-gatine')).toBe('pays-gatine');
    expect(startingTerritory(points, points.get('ca-niort')!, null)).toBe('ca-niort');
  });
});
