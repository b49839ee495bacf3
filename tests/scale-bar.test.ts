import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from '../src/lib/scale-bar';

describe('scale bar of the PNG export', () => {
  it('measures the ground at the map centre: about 420 m a pixel at zoom 7 over Poitou-Charentes', () => {
    // 40,075 km around the equator, over 512 × 2^7 pixels, shrunk by cos 46.3°.
    expect(metresPerPixel(7, 46.3)).toBeCloseTo((40_075_016.686 * Math.cos((46.3 * Math.PI) / 180)) / (512 * 128), 3);
    expect(metresPerPixel(7, 46.3)).toBeGreaterThan(415);
    expect(metresPerPixel(7, 46.3)).toBeLessThan(430);
    // One zoom level further, half the ground.
    expect(metresPerPixel(8, 46.3) * 2).toBeCloseTo(metresPerPixel(7, 46.3), 6);
  });

  it('takes the longest round length that fits, and draws it to scale', () => {
    expect(scaleBar(165, 120)).toEqual({ metres: 10_000, px: 10_000 / 165, label: '10 km' });
    expect(scaleBar(165, 200)).toEqual({ metres: 20_000, px: 20_000 / 165, label: '20 km' });
    expect(scaleBar(40, 150)).toMatchObject({ metres: 5000, label: '5 km' });
    expect(scaleBar(2, 120)).toMatchObject({ metres: 200, label: '200 m' });
    expect(scaleBar(1000, 110)).toMatchObject({ metres: 100_000, label: '100 km' });
  });

  it('never draws a bar longer than the room given', () => {
    for (const mpp of [0.7, 3, 17, 99.9, 150, 612, 4321]) {
      for (const room of [60, 100, 150]) {
        const bar = scaleBar(mpp, room);
        expect(bar.px).toBeLessThanOrEqual(room);
        // And not much shorter: the next round length would not fit.
        expect(bar.px).toBeGreaterThan(room / 2.5);
      }
    }
  });
});
