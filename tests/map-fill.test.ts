import { describe, expect, it } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { FADED_COLOR } from '../src/lib/palette';
import { fillColorExpression, territoryFillColor, territoryFills, type TerritoryPaint } from '../src/map/style';

const paint = (emphasised: string[] | null): TerritoryPaint => ({
  fill: { a: '#c7e9b4', b: '#253494', c: '#bdbab3' },
  emphasised: emphasised && new Set(emphasised),
  label: {},
  compared: [],
});

const colourOf = (expression: unknown, id: string, state: Record<string, unknown> = {}) => {
  const parsed = createExpression(['to-color', expression], { type: 'color', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['feature', 'feature-state'] } } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const c = parsed.value.evaluate({ zoom: 8 } as never, { type: 'Polygon', properties: { id } } as never, state) as { toString(): string };
  return c.toString();
};

describe('territory fills as feature state', () => {
  it('gives each territory its class colour, or grey when themes leave it out', () => {
    expect(territoryFills(paint(null))).toEqual({ a: '#c7e9b4', b: '#253494', c: '#bdbab3' });
    expect(territoryFills(paint(['b']))).toEqual({ a: FADED_COLOR, b: '#253494', c: FADED_COLOR });
  });

  it('agrees with the style expression of the same view, for every territory', () => {
    for (const p of [paint(null), paint(['a', 'c'])]) {
      for (const [id, colour] of Object.entries(territoryFills(p))) {
        expect(colourOf(fillColorExpression(p), id)).toBe(colourOf(['to-color', colour], id));
      }
    }
  });

  it('draws the first view until a fill is set as feature state, then the state', () => {
    const first = paint(['a']);
    expect(colourOf(territoryFillColor(first), 'b')).toBe(colourOf(['to-color', FADED_COLOR], 'b'));
    expect(colourOf(territoryFillColor(first), 'b', { fill: '#253494' })).toBe(colourOf(['to-color', '#253494'], 'b'));
  });
});
