import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset, root } from './survey-fixtures';
import { buildSheet, buildSheets, regionFigures } from '../src/lib/sheet/model';
import type { Composition } from '../src/lib/geo/types';

const composition = JSON.parse(readFileSync(`${root}geo/composition.json`, 'utf8')) as Composition;
const raw = JSON.parse(readFileSync(`${root}data/practices.json`, 'utf8')) as {
  themes: { id: string; label: string }[];
  territories: { id: string; name: string; departement: string; surveyStatus: string; practices: { column: string; text: string; status: string; themes: string[] }[] }[];
};

describe('territory sheet', () => {
  const sheet = buildSheet(dataset, composition, 'pays-thouarsais')!;

  it('names the territory, its type and its département', () => {
    expect(sheet.title).toBe('Pays Thouarsais');
    expect(sheet.kind).toBe('Pays');
    expect(sheet.departement).toBe('Deux-Sèvres');
  });

  it('gives the 2008 composition of the mapped perimeter', () => {
    expect(sheet.composition).toEqual({
      communes: 43,
      population: 39934,
      epci: composition['pays-thouarsais'].epci.map(({ name, communes }) => ({ name, communes })),
      isolated: 6,
    });
    expect(sheet.composition!.epci).toHaveLength(3);
  });

  it('puts every practice in its column, in survey order, with its status and theme labels', () => {
    const territory = raw.territories.find((t) => t.id === 'pays-thouarsais')!;
    const label = new Map(raw.themes.map((t) => [t.id, t.label]));
    expect(sheet.columns.map((c) => c.label)).toEqual(['Ressources humaines', 'Moyens, outils, matériel']);
    for (const column of sheet.columns) {
      const expected = territory.practices.filter((p) => p.column === column.id);
      expect(column.practices.map((p) => p.text)).toEqual(expected.map((p) => p.text));
      expect(column.practices.map((p) => p.themes)).toEqual(expected.map((p) => p.themes.map((t) => label.get(t))));
      expect(column.practices.map((p) => p.status)).toEqual(expected.map((p) => p.status));
    }
    expect(sheet.columns.flatMap((c) => c.practices)).toHaveLength(territory.practices.length);
  });

  it('counts practices by theme against the mean of the territories the survey informs on', () => {
    const informed = raw.territories.filter((t) => t.surveyStatus !== 'no-information');
    expect(informed).toHaveLength(32);
    expect(sheet.regionBasis).toContain('32 territoires');
    const all = raw.territories.flatMap((t) => t.practices);
    const own = raw.territories.find((t) => t.id === 'pays-thouarsais')!.practices;
    for (const theme of sheet.themes) {
      expect(theme.count).toBe(own.filter((p) => p.themes.includes(theme.id)).length);
      expect(theme.regionMean).toBeCloseTo(all.filter((p) => p.themes.includes(theme.id)).length / 32, 10);
      expect(theme.count).toBeLessThanOrEqual(sheet.scaleMax);
      expect(theme.regionMean).toBeLessThanOrEqual(sheet.scaleMax);
    }
    expect(sheet.themes.map((t) => t.label)).toEqual(raw.themes.map((t) => t.label));
  });

  it('says when the survey has nothing on a territory, and refuses an unknown one', () => {
    const re = buildSheet(dataset, composition, 'pays-ile-de-re')!;
    expect(re.surveyStatus).toBe('no-information');
    expect(re.columns.every((c) => c.practices.length === 0)).toBe(true);
    expect(re.themes.every((t) => t.count === 0)).toBe(true);
    expect(buildSheet(dataset, composition, 'pays-inconnu')).toBeNull();
  });
});

describe('the whole set', () => {
  const sheets = buildSheets(dataset, composition);

  it('holds the 33 territories once each, by département then name', () => {
    expect(new Set(sheets.map((s) => s.id)).size).toBe(33);
    const codes = sheets.map((s) => s.departementCode);
    expect(codes).toEqual([...codes].sort());
    for (const code of ['16', '17', '79', '86']) {
      const names = sheets.filter((s) => s.departementCode === code).map((s) => s.title);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    }
    expect(sheets[0].departement).toBe('Charente');
    expect(sheets.at(-1)!.departement).toBe('Vienne');
  });

  it('draws every sheet on one scale, the largest count of any territory in any theme', () => {
    const largest = Math.max(
      ...raw.territories.flatMap((t) => raw.themes.map((th) => t.practices.filter((p) => p.themes.includes(th.id)).length)),
    );
    expect(regionFigures(dataset).scaleMax).toBe(largest);
    expect(new Set(sheets.map((s) => s.scaleMax))).toEqual(new Set([largest]));
  });
});
