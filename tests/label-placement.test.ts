import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from '../src/lib/label-placement';

const box = (id: string, x: number, y: number, priority = 1, width = 80, height = 16): LabelBox => ({ id, x, y, width, height, priority });
const screen = { width: 800, height: 600 };

describe('label placement', () => {
  it('shows every label when none touches another', () => {
    expect(placeLabels([box('a', 100, 100), box('b', 300, 100), box('c', 100, 200)], screen)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('hides the later of two overlapping labels of the same priority', () => {
    expect(placeLabels([box('a', 100, 100), box('b', 150, 105)], screen)).toEqual(new Set(['a']));
  });

  it('keeps the label with the lower priority number when two collide, whatever their order', () => {
    expect(placeLabels([box('pays', 100, 100, 2), box('agglo', 120, 104, 1)], screen)).toEqual(new Set(['agglo']));
  });

  it('keeps a gap between labels that would only touch', () => {
    // Edges 80 px apart centre to centre: touching, not overlapping.
    const touching = [box('a', 100, 100), box('b', 180, 100)];
    expect(placeLabels(touching, screen, 0)).toEqual(new Set(['a', 'b']));
    expect(placeLabels(touching, screen, 2)).toEqual(new Set(['a']));
  });

  it('hides a label whose anchor is off screen, and lets the next one take its place', () => {
    expect(placeLabels([box('off', -10, 100, 0), box('on', 20, 100, 1)], screen)).toEqual(new Set(['on']));
  });

  it('a hidden label does not hide others', () => {
    // b collides with a and c, a and c do not collide: a and c are shown.
    expect(placeLabels([box('a', 100, 100), box('b', 170, 100), box('c', 240, 100)], screen)).toEqual(new Set(['a', 'c']));
  });
});
