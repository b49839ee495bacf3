import type { Topology } from 'topojson-specification';

type Point = [number, number];

/** Distance from p to the segment a–b (a point when a = b). */
function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(ax + t * dx - px, ay + t * dy - py);
}

/** The point between two kept ones farthest from the segment joining them, or null when none is left. */
function farthestBetween(points: Point[], from: number, to: number): { index: number; distance: number } | null {
  let best: { index: number; distance: number } | null = null;
  for (let i = from + 1; i < to; i++) {
    const distance = distanceToSegment(points[i], points[from], points[to]);
    if (!best || distance > best.distance) best = { index: i, distance };
  }
  return best;
}

/**
 * Douglas–Peucker: which points of a line to keep so that none dropped lies farther than `tolerance`
 * from the simplified line. The ends are kept, and at least `minInterior` points between them, so
 * that no ring collapses into a line.
 */
function simplifiedIndices(points: Point[], tolerance: number, minInterior: number): number[] {
  const kept = new Set([0, points.length - 1]);
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    const far = farthestBetween(points, from, to);
    if (far && far.distance > tolerance) {
      kept.add(far.index);
      stack.push([from, far.index], [far.index, to]);
    }
  }
  while (kept.size - 2 < Math.min(minInterior, points.length - 2)) {
    const sorted = [...kept].sort((a, b) => a - b);
    const candidates = sorted.slice(1).map((to, i) => farthestBetween(points, sorted[i], to));
    const best = candidates.reduce((a, b) => (b && (!a || b.distance > a.distance) ? b : a), null);
    kept.add(best!.index);
  }
  return [...kept].sort((a, b) => a - b);
}

/**
 * The named objects of a quantized topology on simplified arcs. Each arc is simplified once, in
 * metres on the ground, and keeps its ends: a border shared by two shapes stays shared, every point
 * kept is one of the detailed geometry's, and every point dropped lies within `toleranceM` of the
 * line that replaces it. Objects, ids and properties are the detailed ones, untouched.
 */
export function overviewOf(topology: Topology, objects: readonly string[], toleranceM: number): Topology {
  const { transform } = topology;
  if (!transform) throw new Error('the overview is made from a quantized topology');
  const [sx, sy] = transform.scale;
  const [, ty] = transform.translate;
  const arcs = topology.arcs.map((arc) => {
    // Delta-encoded integers, decoded to absolute grid positions.
    const grid: Point[] = [];
    let [x, y] = [0, 0];
    for (const [dx, dy] of arc) grid.push([(x += dx), (y += dy)]);
    // Grid to metres: the arc spans a few kilometres, over which one latitude's scale is exact enough.
    const cos = Math.cos(((ty + grid[0][1] * sy) * Math.PI) / 180);
    const metres = grid.map(([gx, gy]): Point => [gx * sx * 111_320 * cos, gy * sy * 110_570]);
    const closed = grid.length > 2 && grid[0][0] === grid.at(-1)![0] && grid[0][1] === grid.at(-1)![1];
    const kept = simplifiedIndices(metres, toleranceM, closed ? 2 : 1).map((i) => grid[i]);
    return kept.map(([gx, gy], i) => (i === 0 ? [gx, gy] : [gx - kept[i - 1][0], gy - kept[i - 1][1]]));
  });
  return {
    type: 'Topology',
    ...(topology.bbox ? { bbox: topology.bbox } : {}),
    transform,
    objects: Object.fromEntries(objects.map((name) => [name, topology.objects[name]])),
    arcs,
  };
}
