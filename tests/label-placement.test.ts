import { describe, expect, it } from 'vitest';
import { LEADER_MAX, placeLabels, type LabelBox } from '../src/lib/label-placement';

const box = (id: string, x: number, y: number, priority = 1, width = 80, height = 16): LabelBox => ({ id, x, y, width, height, priority });
const screen = { width: 800, height: 600 };
const ids = (shown: Map<string, unknown>) => new Set(shown.keys());
/** A crowd: one label on each side of « e », and one on its point. */
const crowd = [
  box('centre', 400, 300, 0),
  box('below', 400, 318, 0),
  box('above', 400, 282, 0),
  box('right', 482, 300, 0),
  box('left', 318, 300, 0),
  box('e', 400, 300, 1),
];

describe('label placement', () => {
  it('centres every label on its point when none touches another', () => {
    const shown = placeLabels([box('a', 100, 100), box('b', 300, 100), box('c', 100, 200)], screen);
    expect(shown).toEqual(
      new Map([
        ['a', { x: 100, y: 100 }],
        ['b', { x: 300, y: 100 }],
        ['c', { x: 100, y: 200 }],
      ]),
    );
  });

  it('moves a colliding label just below its point rather than hiding it', () => {
    const shown = placeLabels([box('a', 100, 100), box('b', 110, 112)], screen);
    expect(shown.get('a')).toEqual({ x: 100, y: 100 });
    // Its top edge 2 px under its point, and so clear of « a » (whose bottom edge is at 108).
    expect(shown.get('b')).toEqual({ x: 110, y: 122 });
  });

  it('keeps the label with the lower priority number in its best place, whatever the order', () => {
    const shown = placeLabels([box('pays', 100, 100, 2), box('agglo', 120, 104, 1)], screen);
    expect(shown.get('agglo')).toEqual({ x: 120, y: 104 });
    expect(shown.get('pays')).not.toEqual({ x: 100, y: 100 });
  });

  it('hides a label only when every position around its point is taken', () => {
    const shown = placeLabels(crowd, screen);
    expect(ids(shown)).toEqual(new Set(['centre', 'below', 'above', 'right', 'left']));
  });

  it('keeps a gap between labels that would only touch', () => {
    // Edges 80 px apart centre to centre: touching, not overlapping.
    expect(placeLabels([box('a', 100, 100), box('b', 180, 100)], screen, 0).get('b')).toEqual({ x: 180, y: 100 });
    expect(placeLabels([box('a', 100, 100), box('b', 180, 100)], screen, 2).get('b')).not.toEqual({ x: 180, y: 100 });
  });

  it('hides a label whose anchor is off screen, and lets the next one take its place', () => {
    expect(ids(placeLabels([box('off', -10, 100, 0), box('on', 20, 100, 1)], screen))).toEqual(new Set(['on']));
    expect(placeLabels([box('off', -10, 100, 0), box('on', 20, 100, 1)], screen).get('on')).toEqual({ x: 20, y: 100 });
  });

  it('moves a label off a theme symbol drawn where it would sit, and never over one', () => {
    // A neighbour's symbol over the upper half of where the name would be centred.
    const symbol = { x: 100, y: 88, width: 24, height: 24 };
    const shown = placeLabels([box('a', 100, 100)], screen, 2, [symbol]);
    const at = shown.get('a')!;
    expect(at).toEqual({ x: 100, y: 110 });
    expect(Math.abs(at.x - symbol.x) * 2 >= 80 + 24 || Math.abs(at.y - symbol.y) * 2 >= 16 + 24).toBe(true);
    // Symbols all around: the name is hidden rather than laid over one.
    const around = [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => ({ x: 100 + i * 90, y: 100 + j * 20, width: 24, height: 24 })));
    expect(placeLabels([box('a', 100, 100)], screen, 2, around).has('a')).toBe(false);
  });

  describe('callouts', () => {
    const boxOf = (id: string, at: { x: number; y: number }) => ({ ...at, width: 80, height: 16, id });
    const apart = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
      Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height;

    it('shows a crowded label straight above or below its point, over no other label, joined to it by a leader', () => {
      // Nearer the top of the screen than its bottom: it goes up first.
      const high = crowd.map((b) => ({ ...b, y: b.y - 100 }));
      const shown = placeLabels(high, screen, 2, [], true);
      expect(ids(shown)).toEqual(new Set(crowd.map((b) => b.id)));
      const e = shown.get('e')!;
      expect(e.x).toBe(400);
      expect(e.y).toBeLessThan(200);
      expect(e.leader).toBe('down');
      // Its leader runs from the label's lower edge to its point.
      const point = high.find((b) => b.id === 'e')!;
      expect(e.leaderLength).toBeCloseTo(point.y - e.y - point.height / 2, 6);
      expect(placeLabels(crowd.map((b) => ({ ...b, y: b.y + 100 })), screen, 2, [], true).get('e')).toMatchObject({ leader: 'up' });
      const boxes = [...shown].map(([id, at]) => boxOf(id, at));
      for (const a of boxes) for (const b of boxes) if (a !== b) expect(apart(a, b), `${a.id}/${b.id}`).toBe(true);
      // The labels placed at their points have no leader.
      for (const id of ['centre', 'below', 'above', 'right', 'left']) expect(shown.get(id)!.leader).toBeUndefined();
    });

    it('keeps the callout within the screen, and within reach of its point', () => {
      const atTop = crowd.map((b) => ({ ...b, y: b.y - 270 }));
      const e = placeLabels(atTop, screen, 2, [], true).get('e')!;
      expect(e.y - 8).toBeGreaterThanOrEqual(0);
      expect(Math.abs(e.y - 30)).toBeLessThanOrEqual(LEADER_MAX);
      // Boxed in above and below as well: hidden rather than sent far away.
      const walls = [-1, 1].flatMap((dir) => Array.from({ length: 40 }, (_, k) => box(`w${dir}${k}`, 400, 300 + dir * (28 + k * 18), 0)));
      expect(placeLabels([...crowd, ...walls], screen, 2, [], true).has('e')).toBe(false);
    });
  });
});
