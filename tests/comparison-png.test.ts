import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import type { Territory } from '../src/lib/schema';
import { comparisonMatrix } from '../src/lib/comparison/matrix';
import { matrixLayout, type DrawItem } from '../src/lib/export/matrix-layout';

const compared = ['pays-civraisien', 'pays-mellois', 'pays-ile-de-re', 'pays-ruffecois'];
const matrix = comparisonMatrix(dataset, compared, { filter: { statuses: [] }, rows: 'diff' });
const picture = matrixLayout(dataset, matrix, []);
const texts = picture.items.filter((i): i is Extract<DrawItem, { kind: 'text' }> => i.kind === 'text').map((i) => i.text);
const byId = new Map<string, Territory>(dataset.territories.map((t) => [t.id, t]));

describe('PNG picture of the comparison matrix', () => {
  it('carries a title, the column letters, the reference column and the source', () => {
    expect(texts[0]).toBe('Comparaison de 4 territoires');
    for (const key of ['A', 'B', 'C', 'D']) expect(texts).toContain(key);
    expect(texts).toContain('Poitou-Charentes');
    expect(texts.some((t) => t.startsWith('Source : IAAT'))).toBe(true);
    expect(texts).toContain("pas d'information");
  });

  it('lists the themes in the matrix order, one line each, top to bottom', () => {
    const labels = picture.items.filter((i) => i.kind === 'text' && dataset.themes.some((t) => t.label === i.text));
    expect(labels.map((i) => (i as { text: string }).text)).toEqual(matrix.rows.map((r) => r.label));
    const ys = labels.map((i) => (i as { y: number }).y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('draws one square per non-empty cell, its area proportional to the count', () => {
    const marks = picture.items.filter((i): i is Extract<DrawItem, { kind: 'mark' }> => i.kind === 'mark');
    const nonEmpty = compared.flatMap((id) => dataset.themes.map((t) => byId.get(id)!.practices.filter((p) => p.themes.includes(t.id)).length)).filter((n) => n > 0);
    expect(marks.map((m) => m.count).sort()).toEqual(nonEmpty.sort());
    const areaPerPractice = marks[0].width ** 2 / marks[0].count;
    for (const m of marks) {
      expect(m.width).toBe(m.height);
      expect(m.width ** 2 / m.count).toBeCloseTo(areaPerPractice, 6);
    }
    // En place is filled; the other statuses are lighter or outlined.
    const fills = new Set(marks.map((m) => m.fill));
    expect(fills.size).toBeGreaterThan(1);
  });

  it('hatches every cell of the territory without information, and fits everything in the picture', () => {
    expect(picture.items.filter((i) => i.kind === 'hatch')).toHaveLength(matrix.rows.length + 1);
    for (const item of picture.items) {
      expect(item.x).toBeGreaterThanOrEqual(0);
      if (item.kind !== 'text') expect(item.x + item.width).toBeLessThanOrEqual(picture.width);
      expect(item.y).toBeLessThanOrEqual(picture.height);
    }
  });
});
