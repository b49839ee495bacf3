import { describe, expect, it } from 'vitest';
import { SIDEBAR_WIDTH, matrixColumnWidth } from '../src/lib/comparison/layout';

describe('the comparison matrix column on a wide screen', () => {
  it('leaves the map at least half of a 1440 px or wider window', () => {
    for (const width of [1440, 1600, 1920, 2560]) {
      const map = width - SIDEBAR_WIDTH - matrixColumnWidth(width);
      expect(map / width).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('keeps room for the matrix on a narrow laptop, and grows no further than the matrix needs', () => {
    expect(matrixColumnWidth(1024)).toBe(matrixColumnWidth(800));
    expect(matrixColumnWidth(1024)).toBeGreaterThan(300);
    expect(matrixColumnWidth(3840)).toBe(matrixColumnWidth(2560));
    expect(matrixColumnWidth(1600)).toBeGreaterThan(matrixColumnWidth(1440));
  });
});
