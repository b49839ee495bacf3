import { describe, expect, it } from 'vitest';
import { distanceKm, neighbourhood, toggleCompared } from '../src/lib/comparison';

const points = new Map<string, [number, number]>([
  ['a', [0, 46]],
  ['b', [0.1, 46]],
  ['c', [0.5, 46]],
  ['island', [-1.4, 46.2]],
  ['coast', [-1.1, 46.2]],
  ['far', [0.6, 46.6]],
]);
const neighbours = new Map([
  ['a', ['c', 'b']],
  ['b', ['a']],
  ['c', ['a']],
  ['island', []],
]);

describe('comparison with neighbours', () => {
  it('puts the territory first, then its neighbours nearest first', () => {
    expect(neighbourhood('a', neighbours, points)).toEqual(['a', 'b', 'c']);
  });

  it('gives a territory without land neighbours its nearest territories', () => {
    const set = neighbourhood('island', neighbours, points);
    expect(set[0]).toBe('island');
    expect(set[1]).toBe('coast');
    expect(set).toHaveLength(4);
  });

  it('never exceeds the maximum', () => {
    const many = new Map([['a', ['b', 'c', 'island', 'coast', 'far']]]);
    expect(neighbourhood('a', many, points, 3)).toEqual(['a', 'b', 'c']);
  });

  it('adds and removes territories, up to six', () => {
    let list: string[] = [];
    for (const id of ['1', '2', '3', '4', '5', '6', '7']) list = toggleCompared(list, id);
    expect(list).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(toggleCompared(list, '3')).toEqual(['1', '2', '4', '5', '6']);
  });

  it('measures distances in kilometres', () => {
    // One degree of latitude is about 111 km; La Rochelle–Poitiers is about 120 km.
    expect(distanceKm([0, 46], [0, 47])).toBeCloseTo(111, 0);
    expect(distanceKm([-1.15, 46.16], [0.34, 46.58])).toBeGreaterThan(110);
    expect(distanceKm([-1.15, 46.16], [0.34, 46.58])).toBeLessThan(130);
  });
});
