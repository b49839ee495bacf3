import { describe, expect, it } from 'vitest';
import { intensityClasses, intensityClassIndex } from '../src/lib/intensity-scale';

describe('intensity classes', () => {
  it('gives zero its own class and splits 1…max into whole-number classes that cover every count once', () => {
    const counts = [0, 1, 2, 3, 4, 5, 7, 9, 12];
    const classes = intensityClasses(counts);
    expect(classes[0]).toMatchObject({ min: 0, max: 0 });
    expect(classes.length).toBeLessThanOrEqual(5);
    for (let n = 0; n <= 12; n++) expect(classes.filter((c) => n >= c.min && n <= c.max)).toHaveLength(1);
    expect(classes.at(-1)!.max).toBe(12);
    const index = intensityClassIndex(classes);
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(classes[index(n)].min), expect(n).toBeLessThanOrEqual(classes[index(n)].max);
  });

  it('darkens with the count', () => {
    const classes = intensityClasses([0, 4, 8, 12, 16]);
    const luminance = (hex: string) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    for (let i = 1; i < classes.length; i++) expect(luminance(classes[i].color)).toBeLessThan(luminance(classes[i - 1].color));
  });

  it('labels classes in French with their bounds', () => {
    expect(intensityClasses([0, 8]).map((c) => c.label)).toEqual(['Aucune', '1 à 2', '3 à 4', '5 à 6', '7 à 8']);
    expect(intensityClasses([0, 0])).toHaveLength(1);
    expect(intensityClasses([2]).map((c) => c.label)).toEqual(['Aucune', '1', '2']);
  });
});
