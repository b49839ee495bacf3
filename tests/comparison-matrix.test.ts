import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import { comparisonMatrix, type MatrixRow } from '../src/lib/comparison/matrix';
import { columnKeys } from '../src/lib/comparison/keys';
import { comparisonRefusal, toggleCompared } from '../src/lib/comparison';
import { MAX_COMPARED } from '../src/lib/url-state';

// Counts are recomputed here from the raw file, without the app's filters or helpers.
interface RawPractice {
  status: string;
  themes: string[];
}
interface RawTerritory {
  id: string;
  surveyStatus: string;
  practices: RawPractice[];
}
const raw = JSON.parse(readFileSync(new URL('../data/practices.json', import.meta.url), 'utf8')) as {
  themes: { id: string }[];
  territories: RawTerritory[];
};
const themeIds = raw.themes.map((t) => t.id);
const territory = (id: string) => raw.territories.find((t) => t.id === id)!;
const countOf = (id: string, theme: string, statuses: string[] = []) =>
  territory(id).practices.filter((p) => p.themes.includes(theme) && (!statuses.length || statuses.includes(p.status))).length;

const all = { statuses: [] as string[] };
// The link of the issue: the Pays Civraisien and its neighbours.
const FIVE = ['pays-civraisien', 'pays-mellois', 'pays-montmorillonnais', 'pays-ruffecois', 'pays-charente-limousine'];

describe('comparison matrix', () => {
  it('has one row per theme, one column per compared territory, and the counts of the survey', () => {
    const m = comparisonMatrix(dataset, FIVE, { filter: all });
    expect(m.rows.map((r) => r.theme)).toEqual(themeIds);
    expect(m.rows).toHaveLength(17);
    expect(m.columns.map((c) => c.id)).toEqual(FIVE);
    for (const row of m.rows) {
      expect(row.cells.map((c) => c.count)).toEqual(FIVE.map((id) => countOf(id, row.theme)));
      for (const cell of row.cells) expect(cell.practices.every((p) => p.themes.includes(row.theme as never))).toBe(true);
    }
    expect(m.columns.map((c) => c.total)).toEqual(FIVE.map((id) => territory(id).practices.length));
    expect(m.maxCount).toBe(Math.max(...FIVE.flatMap((id) => themeIds.map((th) => countOf(id, th)))));
  });

  it('gives, as the reference column, how many of the 33 territories have the theme', () => {
    const m = comparisonMatrix(dataset, FIVE, { filter: all });
    expect(m.regionSize).toBe(33);
    for (const row of m.rows) {
      expect(row.regionTerritories).toBe(raw.territories.filter((t) => t.practices.some((p) => p.themes.includes(row.theme))).length);
    }
  });

  it('follows the status filter, in cells, totals and reference', () => {
    const statuses = ['en-projet', 'en-reflexion'];
    const m = comparisonMatrix(dataset, FIVE, { filter: { statuses } });
    for (const row of m.rows) {
      expect(row.cells.map((c) => c.count)).toEqual(FIVE.map((id) => countOf(id, row.theme, statuses)));
      for (const cell of row.cells) if (cell.count) expect(statuses).toContain(cell.status);
      expect(row.regionTerritories).toBe(raw.territories.filter((t) => t.practices.some((p) => p.themes.includes(row.theme) && statuses.includes(p.status))).length);
    }
  });

  it('shows the most advanced status of a cell', () => {
    const m = comparisonMatrix(dataset, FIVE, { filter: all });
    for (const row of m.rows) {
      for (const cell of row.cells) {
        const statuses = territory(cell.territoryId).practices.filter((p) => p.themes.includes(row.theme)).map((p) => p.status);
        if (!statuses.length) expect(cell.status).toBeNull();
        else if (statuses.includes('en-place')) expect(cell.status).toBe('en-place');
        else expect(statuses).toContain(cell.status);
      }
    }
  });

  it('tells « pas d’information » (Ré) apart from a territory with no practice (Royan)', () => {
    const m = comparisonMatrix(dataset, ['pays-ile-de-re', 'ca-pays-royannais'], { filter: all });
    const [re, royan] = m.columns;
    expect(territory('pays-ile-de-re').surveyStatus).toBe('no-information');
    expect(re.noInformation).toBe(true);
    expect(royan.noInformation).toBe(false);
    expect(m.rows.every((r) => r.cells[0].noInformation && !r.cells[1].noInformation && r.cells[1].count === 0)).toBe(true);
  });

  it('orders columns by total, ties in the order added, a territory without information last', () => {
    const added = ['pays-ile-de-re', 'pays-horte-et-tardoire', 'ca-pays-royannais', 'pays-ruffecois', 'pays-charente-limousine'];
    // Horte et Tardoire and Charente Limousine both have 3 practices.
    expect(territory('pays-horte-et-tardoire').practices.length).toBe(territory('pays-charente-limousine').practices.length);
    const m = comparisonMatrix(dataset, added, { filter: all, cols: 'total' });
    expect(m.columns.map((c) => c.id)).toEqual(['pays-horte-et-tardoire', 'pays-charente-limousine', 'pays-ruffecois', 'ca-pays-royannais', 'pays-ile-de-re']);
    const swapped = comparisonMatrix(dataset, [added[4], added[1], added[0], added[2], added[3]], { filter: all, cols: 'total' });
    expect(swapped.columns.map((c) => c.id).slice(0, 2)).toEqual(['pays-charente-limousine', 'pays-horte-et-tardoire']);
    // Each territory keeps its letter, the one of its rank of addition, whatever the sort.
    expect(m.columns.map((c) => c.key)).toEqual(['B', 'E', 'D', 'C', 'A']);
    for (const row of m.rows) expect(row.cells.map((c) => c.territoryId)).toEqual(m.columns.map((c) => c.id));
  });

  it('orders rows by frequency among the compared territories, then by practices, then theme order', () => {
    const m = comparisonMatrix(dataset, FIVE, { filter: all, rows: 'freq' });
    const having = (theme: string) => FIVE.filter((id) => countOf(id, theme) > 0).length;
    const sum = (theme: string) => FIVE.reduce((n, id) => n + countOf(id, theme), 0);
    const order = m.rows.map((r) => r.theme);
    expect([...order].sort()).toEqual([...themeIds].sort());
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1], order[i]];
      expect(having(a)).toBeGreaterThanOrEqual(having(b));
      if (having(a) === having(b)) {
        expect(sum(a)).toBeGreaterThanOrEqual(sum(b));
        if (sum(a) === sum(b)) expect(themeIds.indexOf(a)).toBeLessThan(themeIds.indexOf(b));
      }
    }
    expect(having(order[0])).toBeGreaterThan(having(order[order.length - 1]));
  });

  it('puts differences first: the most spread counts on top, rows where all agree at the bottom', () => {
    const m = comparisonMatrix(dataset, FIVE, { filter: all, rows: 'diff' });
    const spread = (theme: string) => {
      const counts = FIVE.map((id) => countOf(id, theme));
      const mean = counts.reduce((a, b) => a + b) / counts.length;
      return Math.sqrt(counts.reduce((a, b) => a + (b - mean) ** 2, 0) / counts.length);
    };
    const order = m.rows.map((r) => r.theme);
    for (let i = 1; i < order.length; i++) {
      expect(spread(order[i - 1])).toBeGreaterThanOrEqual(spread(order[i]) - 1e-12);
      if (spread(order[i - 1]) === spread(order[i])) expect(themeIds.indexOf(order[i - 1])).toBeLessThan(themeIds.indexOf(order[i]));
    }
    const agreeing = themeIds.filter((th) => new Set(FIVE.map((id) => countOf(id, th))).size === 1);
    expect(agreeing.length).toBeGreaterThan(0);
    expect(order.slice(-agreeing.length).sort()).toEqual([...agreeing].sort());
  });

  it('leaves a territory without information out of the differences', () => {
    const withRe = comparisonMatrix(dataset, ['pays-mellois', 'pays-ile-de-re'], { filter: all, rows: 'diff' });
    const alone = comparisonMatrix(dataset, ['pays-mellois'], { filter: all, rows: 'diff' });
    const spreads = (rows: MatrixRow[]) => rows.map((r) => r.spread);
    expect(spreads(withRe.rows).every((s) => s === 0)).toBe(true);
    expect(spreads(alone.rows)).toEqual(spreads(withRe.rows));
  });

  it('names the letters A to F in the order territories were added', () => {
    const keys = columnKeys(FIVE);
    expect([...keys.values()]).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(keys.get('pays-ruffecois')).toBe('D');
  });
});

describe('the comparison limit', () => {
  const six = FIVE.concat('ca-niort');

  it('refuses a seventh territory with a French message naming it, and keeps the six', () => {
    expect(six).toHaveLength(MAX_COMPARED);
    const message = comparisonRefusal(six, 'Pays Thouarsais', 'pays-thouarsais');
    expect(message).toMatch(/6 territoires/);
    expect(message).toContain('Pays Thouarsais');
    expect(toggleCompared(six, 'pays-thouarsais')).toEqual(six);
  });

  it('lets a territory join below the limit, or stay when it is already compared', () => {
    expect(comparisonRefusal(FIVE, 'CA de Niort', 'ca-niort')).toBeNull();
    expect(comparisonRefusal(six, 'Pays Mellois', 'pays-mellois')).toBeNull();
  });
});
