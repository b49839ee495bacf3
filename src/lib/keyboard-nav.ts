import type { LonLat } from './comparison';

export type Direction = 'up' | 'down' | 'left' | 'right';

export const ARROW_DIRECTION: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

const UNIT: Record<Direction, [number, number]> = { up: [0, 1], down: [0, -1], left: [-1, 0], right: [1, 0] };

/**
 * The territory an arrow key leads to from `from`: the nearest label point lying in that direction,
 * a point straight ahead preferred to one off to the side. Distances are taken on a plane where a
 * degree of longitude is shortened by the cosine of the latitude, as the map draws it. Null when
 * nothing lies that way.
 */
export function nearestInDirection(from: string, points: ReadonlyMap<string, LonLat>, direction: Direction): string | null {
  const origin = points.get(from);
  if (!origin) return null;
  const shrink = Math.cos((origin[1] * Math.PI) / 180);
  const [ux, uy] = UNIT[direction];
  let best: string | null = null;
  let bestCost = Infinity;
  for (const [id, p] of points) {
    if (id === from) continue;
    const dx = (p[0] - origin[0]) * shrink;
    const dy = p[1] - origin[1];
    const ahead = dx * ux + dy * uy;
    if (ahead <= 0) continue;
    const aside = Math.abs(dx * uy - dy * ux);
    // Within the 45° cone ahead the distance decides; beyond it a point costs more the further aside.
    const cost = Math.hypot(ahead, aside) + (aside > ahead ? 2 * aside : aside);
    if (cost < bestCost) {
      bestCost = cost;
      best = id;
    }
  }
  return best;
}

/** Where keyboard navigation starts: the given territory, else the one whose label is nearest the point. */
export function startingTerritory(points: ReadonlyMap<string, LonLat>, near: LonLat, current: string | null): string | null {
  if (current && points.has(current)) return current;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const [id, p] of points) {
    const d = Math.hypot(p[0] - near[0], p[1] - near[1]);
    if (d < bestDistance) {
      bestDistance = d;
      best = id;
    }
  }
  return best;
}
