import { describe, expect, it } from 'vitest';
import { anyFailure, evaluate, formatTable, type Line } from '../scripts/bench/budgets';

describe('bench budgets', () => {
  const click: Line = { id: 'click', label: 'click → panel', unit: 'ms', median: 20, p95: 45, budget: { stat: 'p95', max: 50 } };

  it('holds the chosen statistic to the budget, the limit itself included', () => {
    expect(evaluate(click).verdict).toBe('PASS');
    expect(evaluate({ ...click, p95: 50 }).verdict).toBe('PASS');
    expect(evaluate({ ...click, p95: 50.1 }).verdict).toBe('FAIL');
    expect(evaluate({ ...click, median: 60, p95: 45, budget: { stat: 'median', max: 50 } }).verdict).toBe('FAIL');
  });

  it('fails a budgeted line that could not be measured, and leaves unbudgeted lines unjudged', () => {
    expect(evaluate({ ...click, p95: NaN }).verdict).toBe('FAIL');
    expect(evaluate({ id: 'search', label: 'search', unit: 'ms', na: 'n/a (no search box)' }).verdict).toBe('');
    expect(evaluate({ id: 'js', label: 'JS', unit: 'kB', na: 'n/a', budget: { stat: 'value', max: 330 } }).verdict).toBe('FAIL');
  });

  it('reports a failure when any line fails', () => {
    const ok = evaluate(click);
    expect(anyFailure([ok])).toBe(false);
    expect(anyFailure([ok, evaluate({ ...click, p95: 80 })])).toBe(true);
  });

  it('prints one aligned row per line with median, p95, budget and verdict', () => {
    const table = formatTable([
      evaluate(click),
      evaluate({ id: 'js', label: 'initial JS, gzip', unit: 'kB', value: 331.4, budget: { stat: 'value', max: 330 } }),
      evaluate({ id: 'search', label: 'search keystroke → results', unit: 'ms', na: 'n/a (no search box)' }),
    ]);
    const rows = table.split('\n');
    expect(rows[0]).toMatch(/^metric\s+median\s+p95\s+budget\s+result$/);
    expect(rows[2]).toMatch(/^click → panel\s+20\.0 ms\s+45\.0 ms\s+p95 ≤ 50\.0 ms\s+PASS$/);
    expect(rows[3]).toMatch(/^initial JS, gzip\s+331\.4 kB\s+≤ 330\.0 kB\s+FAIL$/);
    expect(rows[4]).toContain('n/a (no search box)');
  });
});
