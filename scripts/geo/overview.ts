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

/** A kept segment of an arc, on the integer grid: points `from` to `to` of arc `arc`. */
interface Segment {
  arc: number;
  from: number;
  to: number;
  a: Point;
  b: Point;
}

/** Sign of the turn a → b → c; exact on grid integers. */
function turn([ax, ay]: Point, [bx, by]: Point, [cx, cy]: Point): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

const same = (p: Point, q: Point) => p[0] === q[0] && p[1] === q[1];

/** True when p lies on the segment a–b, ends included. */
function onSegment(p: Point, a: Point, b: Point): boolean {
  return (
    turn(a, b, p) === 0 &&
    Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1])
  );
}

/**
 * True when two segments meet anywhere but at an end they share: a crossing, an end touching the
 * other's inside, an overlap, or the same segment twice (a ring folded flat). Any of those makes
 * a polygon invalid by the OGC rules GEOS applies.
 */
function conflict(s: Segment, t: Segment): boolean {
  const { a, b } = s;
  const { a: c, b: d } = t;
  if ((same(a, c) && same(b, d)) || (same(a, d) && same(b, c))) return true;
  const [t1, t2, t3, t4] = [turn(a, b, c), turn(a, b, d), turn(c, d, a), turn(c, d, b)];
  if (t1 * t2 < 0 && t3 * t4 < 0) return true;
  const touches = (p: Point, q: Point, r: Point) => onSegment(p, q, r) && !same(p, q) && !same(p, r);
  return touches(c, a, b) || touches(d, a, b) || touches(a, c, d) || touches(b, c, d);
}

/** Pairs of kept segments that conflict, found through a coarse grid of buckets. */
function conflictingSegments(segments: Segment[], bucket: number): Set<Segment> {
  const buckets = new Map<string, Segment[]>();
  for (const s of segments) {
    const [x0, x1] = [Math.min(s.a[0], s.b[0]), Math.max(s.a[0], s.b[0])].map((v) => Math.floor(v / bucket));
    const [y0, y1] = [Math.min(s.a[1], s.b[1]), Math.max(s.a[1], s.b[1])].map((v) => Math.floor(v / bucket));
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = `${x},${y}`;
        const list = buckets.get(key);
        if (list) list.push(s);
        else buckets.set(key, [s]);
      }
    }
  }
  const found = new Set<Segment>();
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (conflict(list[i], list[j])) found.add(list[i]).add(list[j]);
      }
    }
  }
  return found;
}

/**
 * The named objects of a quantized topology on simplified arcs. Each arc is simplified once, in
 * metres on the ground, and keeps its ends: a border shared by two shapes stays shared, every point
 * kept is one of the detailed geometry's, and every point dropped lies within `toleranceM` of the
 * line that replaces it. Douglas–Peucker alone can make a simplified border cross or touch another
 * (or itself) where two borders run close: wherever kept segments meet other than at a shared end,
 * the dropped point farthest from each is put back, until none do. The detailed arcs meet only at
 * their ends, so this ends at the latest with the detailed geometry. Objects, ids and properties
 * are the detailed ones, untouched.
 */
export function overviewOf(topology: Topology, objects: readonly string[], toleranceM: number): Topology {
  const { transform } = topology;
  if (!transform) throw new Error('the overview is made from a quantized topology');
  const [sx, sy] = transform.scale;
  const [, ty] = transform.translate;
  const grids: Point[][] = [];
  const metresOf: Point[][] = [];
  const kept = topology.arcs.map((arc) => {
    // Delta-encoded integers, decoded to absolute grid positions.
    const grid: Point[] = [];
    let [x, y] = [0, 0];
    for (const [dx, dy] of arc) grid.push([(x += dx), (y += dy)]);
    // Grid to metres: the arc spans a few kilometres, over which one latitude's scale is exact enough.
    const cos = Math.cos(((ty + grid[0][1] * sy) * Math.PI) / 180);
    const metres = grid.map(([gx, gy]): Point => [gx * sx * 111_320 * cos, gy * sy * 110_570]);
    const closed = grid.length > 2 && grid[0][0] === grid.at(-1)![0] && grid[0][1] === grid.at(-1)![1];
    grids.push(grid);
    metresOf.push(metres);
    return simplifiedIndices(metres, toleranceM, closed ? 2 : 1);
  });
  // Buckets of about a fiftieth of the extent: a few segments each.
  let extent = 1;
  for (const grid of grids) for (const [gx, gy] of grid) extent = Math.max(extent, gx, gy);
  const bucket = Math.ceil(extent / 50);
  for (;;) {
    const segments = kept.flatMap((indices, arc) =>
      indices.slice(1).map((to, i): Segment => ({ arc, from: indices[i], to, a: grids[arc][indices[i]], b: grids[arc][to] })),
    );
    const refinable = [...conflictingSegments(segments, bucket)].filter((s) => s.to - s.from > 1);
    if (!refinable.length) break;
    for (const s of refinable) {
      const far = farthestBetween(metresOf[s.arc], s.from, s.to)!;
      kept[s.arc].push(far.index);
    }
    for (const indices of kept) indices.sort((p, q) => p - q);
  }
  const arcs = kept.map((indices, arc) => {
    const points = [...new Set(indices)].map((i) => grids[arc][i]);
    return points.map(([gx, gy], i) => (i === 0 ? [gx, gy] : [gx - points[i - 1][0], gy - points[i - 1][1]]));
  });
  return {
    type: 'Topology',
    ...(topology.bbox ? { bbox: topology.bbox } : {}),
    transform,
    objects: Object.fromEntries(objects.map((name) => [name, topology.objects[name]])),
    arcs,
  };
}
