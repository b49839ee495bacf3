import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import type { Territory } from '../src/lib/schema';
import { readCsv } from './csv-reader';
import { comparisonMatrix } from '../src/lib/comparison/matrix';
import { comparisonCsv } from '../src/lib/export/comparison-csv';

const compared = ['pays-civraisien', 'pays-ile-de-re', 'pays-mellois', 'pays-ruffecois'];
const byId = new Map<string, Territory>(dataset.territories.map((t) => [t.id, t]));
const count = (id: string, theme: string, statuses: string[] = []) =>
  byId.get(id)!.practices.filter((p) => p.themes.includes(theme as never) && (!statuses.length || statuses.includes(p.status))).length;

function exported(statuses: string[] = [], cols: 'ajout' | 'total' = 'ajout') {
  const matrix = comparisonMatrix(dataset, compared, { filter: { statuses }, cols });
  const text = comparisonCsv(dataset, matrix, statuses);
  return { text, rows: readCsv(text.slice(1)) };
}

describe('CSV export of the comparison', () => {
  it('opens in a French spreadsheet: BOM, semicolons, a header with the dataset’s theme labels', () => {
    const { text, rows } = exported();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0].slice(0, 7)).toEqual(['cle', 'territoire_id', 'territoire', 'nature', 'departement', 'enquete', 'total']);
    expect(rows[0].slice(7)).toEqual(dataset.themes.map((t) => t.label));
  });

  it('writes one row per compared territory with its counts per theme', () => {
    const { rows } = exported();
    const body = rows.slice(1, 1 + compared.length);
    expect(body.map((r) => r[1])).toEqual(compared);
    expect(body.map((r) => r[0])).toEqual(['A', 'B', 'C', 'D']);
    const civray = body[0];
    expect(civray[2]).toBe('Pays Civraisien');
    expect(civray[4]).toBe('86 Vienne');
    expect(Number(civray[6])).toBe(byId.get('pays-civraisien')!.practices.length);
    dataset.themes.forEach((t, i) => expect(Number(civray[7 + i])).toBe(count('pays-civraisien', t.id)));
  });

  it('leaves Ré’s counts empty, as « pas d’information », not zero', () => {
    const re = exported().rows.find((r) => r[1] === 'pays-ile-de-re')!;
    expect(re[5]).toBe("pas d'information");
    expect(re.slice(6)).toEqual(new Array(1 + dataset.themes.length).fill(''));
  });

  it('follows the status filter and the column order, and ends with the source', () => {
    const statuses = ['en-projet'];
    const { rows } = exported(statuses, 'total');
    const body = rows.slice(1, 1 + compared.length);
    for (const row of body.filter((r) => r[5] === 'renseigné'))
      dataset.themes.forEach((t, i) => expect(Number(row[7 + i])).toBe(count(row[1], t.id, statuses)));
    const totals = body.filter((r) => r[5] === 'renseigné').map((r) => Number(r[6]));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(rows[1 + compared.length]).toEqual(['']);
    const source = rows[2 + compared.length][0];
    expect(source).toMatch(/^Source : IAAT/);
    expect(source).toContain('23 septembre 2008');
    expect(source).toContain('En projet');
  });
});
