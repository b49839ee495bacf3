/** Which map labels to show so that none overlaps another: the territories' names are HTML, not map symbols. */

export interface LabelBox {
  id: string;
  /** Centre of the label on screen, px. */
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

const overlaps = (a: LabelBox, b: LabelBox, gap: number) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * gap && Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * gap;

/**
 * Greedy placement, by priority then by input order: a label is shown when its centre is on screen
 * and it keeps `gap` px from every label already shown. Returns the ids shown.
 */
export function placeLabels(boxes: readonly LabelBox[], viewport: Viewport, gap = 2): Set<string> {
  const order = boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => a.box.priority - b.box.priority || a.index - b.index)
    .map(({ box }) => box);
  const shown: LabelBox[] = [];
  for (const box of order) {
    const onScreen = box.x >= 0 && box.y >= 0 && box.x <= viewport.width && box.y <= viewport.height;
    if (onScreen && !shown.some((other) => overlaps(box, other, gap))) shown.push(box);
  }
  return new Set(shown.map((b) => b.id));
}

/** A territory's label as the map shows it. */
export interface MapLabel {
  id: string;
  /** Name, then a second line after "\n" when there is one. */
  text: string;
  /** [lon, lat] of the label point. */
  point: readonly [number, number];
  priority: number;
}
