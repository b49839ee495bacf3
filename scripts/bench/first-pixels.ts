import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, type Line } from './budgets';
import { pairedRatios, summarize } from './stats';

/** The page script that marks the first map pixels and sums layout shifts (see its header). */
export const FIRST_PIXELS_SCRIPT = resolve(fileURLToPath(import.meta.url), '../first-pixels.js');

/** The CPU slowed as on a mid-range phone, for the throttled loads. */
export const CPU_SLOWDOWN = 4;

/** ms from navigation to the first map pixels of a load: its SVG map's or its canvas's, whichever came first. */
export function firstPixels(marks: Record<string, number>): number {
  const times = [marks['bench:first-pixels-svg'], marks['bench:first-pixels-canvas']].filter((t) => Number.isFinite(t));
  return times.length ? Math.min(...times) : NaN;
}

export interface FirstPixelSamples {
  /** Per load pair, ms. */
  app: number[];
  baseline: number[];
}

/** The bench's lines for first map pixels, at normal speed and slowed, and for layout shifts. */
export function firstPixelLines(normal: FirstPixelSamples, slowed: FirstPixelSamples, layoutShift: number[]): Line[] {
  const lines: Line[] = [];
  for (const [key, label, s, max] of [
    ['', '', normal, BUDGETS.firstPixelsRatio],
    ['-slow', `, CPU ${CPU_SLOWDOWN}× slower`, slowed, BUDGETS.firstPixelsRatioSlowed],
  ] as const) {
    const app = summarize(s.app);
    const baseline = summarize(s.baseline);
    const ratios = summarize(pairedRatios(s.app, s.baseline));
    lines.push(
      { id: `first-pixels-app${key}`, label: `first map pixels${label}, app (SVG or canvas)`, unit: 'ms', median: app.median, p95: app.p95 },
      { id: `first-pixels-baseline${key}`, label: `first map pixels${label}, baseline (canvas)`, unit: 'ms', median: baseline.median, p95: baseline.p95 },
      {
        id: `first-pixels-ratio${key}`,
        label: `  ratio app / baseline${label}`,
        unit: 'x',
        median: ratios.median,
        p95: ratios.p95,
        budget: { stat: 'median', max },
      },
    );
  }
  const shift = summarize(layoutShift);
  lines.push({ id: 'cls', label: 'cumulative layout shift, app, every load', unit: 'score', median: shift.median, p95: shift.p95, budget: { stat: 'p95', max: BUDGETS.layoutShift } });
  return lines;
}
