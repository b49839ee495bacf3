import { describe, expect, it } from 'vitest';
import { A4_LANDSCAPE_BOX_MM, PX_PER_MM, fitScale } from '../src/lib/print/fit';

const page = { width: A4_LANDSCAPE_BOX_MM.width * PX_PER_MM, height: A4_LANDSCAPE_BOX_MM.height * PX_PER_MM };

/** Text that wraps: so many characters of 7 px in lines of 16 px, plus a fixed header. */
const wrappingText = (chars: number) => (width: number) => 80 + Math.ceil((chars * 7) / width) * 16;

describe('fitting a wide view on one landscape page', () => {
  it('leaves content that already fits at its size', () => {
    expect(fitScale(wrappingText(2_000), page)).toBe(1);
  });

  it('finds the largest zoom at which the content, laid out wider, fits the page', () => {
    const heightAt = wrappingText(40_000);
    const scale = fitScale(heightAt, page);
    expect(scale).toBeLessThan(1);
    expect(heightAt(page.width / scale) * scale).toBeLessThanOrEqual(page.height);
    const larger = scale + 0.01;
    expect(heightAt(page.width / larger) * larger).toBeGreaterThan(page.height);
  });

  it('never shrinks below the smallest legible zoom', () => {
    expect(fitScale(() => 1e7, page, 0.3)).toBe(0.3);
  });
});
