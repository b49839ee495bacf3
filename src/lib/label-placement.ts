/** Where to show the map's labels so that none overlaps another: the territories' names are HTML, not map symbols. */

import { labelPriority } from './label-priority';

export interface LabelBox {
  id: string;
  /** The label's anchor on screen (its territory's label point), px. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Lower goes first: it is kept when it collides with a later one. */
  priority: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** A shown label's centre, px. */
export interface Placement {
  x: number;
  y: number;
  /** A callout: the label moved straight up or down, off its crowded point, joined to it by a leader line. */
  leader?: 'up' | 'down';
  /** A callout's leader length, px: from the label's edge to its point. */
  leaderLength?: number;
}

const overlaps = (a: Placement & Pick<LabelBox, 'width' | 'height'>, b: typeof a, gap: number) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * gap && Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * gap;

/** Centred on the anchor first; then just below, above, right and left of it, touching it; then at its corners. */
function candidates(box: LabelBox, gap: number): Placement[] {
  const dy = box.height / 2 + gap;
  const dx = box.width / 2 + gap;
  return [
    { x: box.x, y: box.y },
    { x: box.x, y: box.y + dy },
    { x: box.x, y: box.y - dy },
    { x: box.x + dx, y: box.y },
    { x: box.x - dx, y: box.y },
    { x: box.x + dx, y: box.y + dy },
    { x: box.x - dx, y: box.y + dy },
    { x: box.x + dx, y: box.y - dy },
    { x: box.x - dx, y: box.y - dy },
  ];
}

/** Something drawn on the map that no label may cover (a theme symbol): its centre and size, px. */
export type Obstacle = Placement & Pick<LabelBox, 'width' | 'height'>;

/**
 * Greedy placement, by priority then by input order: each label takes the first of its positions
 * that keeps `gap` px from every obstacle and every label already placed, or is hidden. A label whose anchor is off
 * screen is hidden. Returns the centre of each label shown.
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  viewport: Viewport,
  gap = 2,
  obstacles: readonly Obstacle[] = [],
  callouts = false,
): Map<string, Placement> {
  const order = boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => a.box.priority - b.box.priority || a.index - b.index)
    .map(({ box }) => box);
  const placed: Obstacle[] = [...obstacles];
  const shown = new Map<string, Placement>();
  const free = (c: Obstacle) => !placed.some((other) => overlaps(c, other, gap));
  const left: LabelBox[] = [];
  for (const box of order) {
    if (box.x < 0 || box.y < 0 || box.x > viewport.width || box.y > viewport.height) continue;
    const spot = candidates(box, gap)
      .map((c) => ({ ...c, width: box.width, height: box.height }))
      .find(free);
    if (!spot) {
      left.push(box);
      continue;
    }
    placed.push(spot);
    shown.set(box.id, { x: spot.x, y: spot.y });
  }
  if (!callouts) return shown;
  // Each point keeps a dot where its leader ends: no callout may cover it.
  const dots = left.map((box) => ({ x: box.x, y: box.y, width: LEADER_DOT, height: LEADER_DOT }));
  for (const box of left) {
    const covers = (o: Obstacle) => Math.abs(o.x - box.x) * 2 <= o.width && Math.abs(o.y - box.y) * 2 <= o.height;
    const label = (c: Obstacle) => free(c) && !dots.some((dot) => overlaps(c, dot, gap));
    // Best, a leader that crosses no name but the one its point lies under, if any (it starts there);
    // else one that crosses names, drawn thin with a halo: a name shown, rather than none.
    const spot =
      calloutSpot(box, viewport, gap, { label, leader: (c) => !placed.some((other) => !covers(other) && overlaps(c, other, 0)) }) ??
      calloutSpot(box, viewport, gap, { label, leader: () => true });
    if (!spot) continue;
    placed.push({ x: spot.x, y: spot.y, width: box.width, height: box.height });
    shown.set(box.id, spot);
  }
  return shown;
}

/** The dot at a callout's point, px. */
export const LEADER_DOT = 4;
/** How far a callout may go from its point, px: further, the reader no longer links the two. */
export const LEADER_MAX = 140;

/**
 * The nearest free place straight above or below a label's point, within the viewport, towards the
 * nearer edge first (where a map of a region usually has room left: a phone's tall map around it).
 */
function calloutSpot(
  box: LabelBox,
  viewport: Viewport,
  gap: number,
  free: { label: (c: Obstacle) => boolean; leader: (c: Obstacle) => boolean },
): Placement | null {
  const towardsTop = box.y < viewport.height / 2;
  const step = 4;
  for (let d = box.height + gap; d <= LEADER_MAX; d += step) {
    for (const dir of towardsTop ? [-1, 1] : [1, -1]) {
      const y = box.y + dir * d;
      const c = { x: box.x, y, width: box.width, height: box.height };
      if (y - box.height / 2 < 0 || y + box.height / 2 > viewport.height) continue;
      if (box.x - box.width / 2 < 0 || box.x + box.width / 2 > viewport.width) continue;
      const length = d - box.height / 2;
      const leader = { x: box.x, y: box.y + (dir * length) / 2, width: 1, height: length };
      if (free.label(c) && free.leader(leader)) return { x: box.x, y, leader: dir < 0 ? 'down' : 'up', leaderLength: length };
    }
  }
  return null;
}

/** A territory's label as the map shows it. */
export interface MapLabel {
  id: string;
  /** Name, then a second line after "\n" when there is one. */
  text: string;
  /** [lon, lat] of the label point. */
  point: readonly [number, number];
  priority: number;
  /** The territory's letter in the comparison, shown beside its name. */
  key?: string;
}

/**
 * Every territory's label, at its label point, with the text the paint gives it (its name otherwise).
 * Which name wins a collision: see labelPriority.
 */
export function territoryLabels(
  territories: readonly { id: string; name: string; kind: string }[],
  geo: ReadonlyMap<string, { label: readonly [number, number] }>,
  text: Readonly<Record<string, string>>,
  kept?: ReadonlySet<string>,
): MapLabel[] {
  return territories.map((t) => ({
    id: t.id,
    text: text[t.id] ?? t.name,
    point: geo.get(t.id)!.label,
    priority: labelPriority(t.kind, kept?.has(t.id) ?? true),
  }));
}

/** Something drawn at a fixed place beside a point of the map, that no label may cover. */
export interface MapObstacle {
  /** The territory it belongs to: that territory's name is moved down clear of it. */
  owner: string;
  /** [lon, lat] of the point. */
  point: readonly [number, number];
  /** Centre relative to the point, px. */
  offset: readonly [number, number];
  /** Side, px. */
  size: number;
}
