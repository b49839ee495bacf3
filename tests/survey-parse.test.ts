import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TERRITORY_IDS } from '../src/lib/schema';
import { parseDeclaredSize, splitNameAndSize } from '../scripts/survey/declared-size';
import { parseTables } from '../scripts/survey/parse-tables';
import { dataset, root, sourceText } from './survey-fixtures';

// Read off the survey by hand: département of each table, size as declared in the name cell.
// [id, département, CC, CA, communes]
const EXPECTED: [string, string, number, number, number][] = [
  ['ca-grand-angouleme', '16', 0, 0, 29],
  ['pays-charente-limousine', '16', 2, 0, 64],
  ['pays-entre-touvre-et-charente', '16', 1, 0, 8],
  ['pays-horte-et-tardoire', '16', 4, 0, 50],
  ['pays-ouest-charente-cognac', '16', 5, 0, 82],
  ['pays-ruffecois', '16', 6, 0, 89],
  ['pays-sud-charente', '16', 5, 0, 91],
  ['ca-pays-rochefortais', '17', 0, 0, 18],
  ['ca-la-rochelle', '17', 0, 0, 18],
  ['ca-pays-royannais', '17', 0, 0, 31],
  ['pays-aunis', '17', 4, 0, 52],
  ['pays-haute-saintonge', '17', 2, 0, 133],
  ['pays-ile-de-re', '17', 1, 0, 10],
  ['pays-marennes-oleron', '17', 2, 0, 15],
  ['pays-rochefortais', '17', 1, 1, 26],
  ['pays-saintonge-romane', '17', 5, 0, 70],
  ['pays-vals-de-saintonge', '17', 7, 0, 117],
  ['ca-niort', '79', 0, 0, 29],
  ['pays-bocage-bressuirais', '79', 3, 0, 20],
  ['pays-gatine', '79', 11, 0, 99],
  ['pays-haut-val-de-sevre', '79', 3, 0, 22],
  ['pays-mellois', '79', 5, 0, 78],
  ['pays-thouarsais', '79', 3, 0, 43],
  ['ca-poitiers', '86', 0, 0, 12],
  ['ca-pays-chatelleraudais', '86', 0, 0, 12],
  ['pays-chauvinois', '86', 1, 0, 10],
  ['pays-civraisien', '86', 4, 0, 40],
  ['pays-haut-poitou-et-clain', '86', 4, 0, 36],
  ['pays-loudunais', '86', 1, 0, 45],
  ['pays-montmorillonnais', '86', 2, 0, 47],
  ['pays-six-vallees', '86', 4, 0, 39],
  ['pays-vals-de-gartempe-et-creuse', '86', 1, 0, 11],
  ['pays-vienne-et-mouliere', '86', 1, 0, 10],
];

describe('survey tables', () => {
  const tables = parseTables(sourceText);

  it('reads the 33 rows of six tables, and the workshop date', () => {
    expect(tables.rows).toHaveLength(33);
    expect(new Set(tables.rows.map((r) => r.table)).size).toBe(6);
    expect(tables.date).toBe('2008-09-23');
  });

  it('places the two tables that lost their heading in Deux-Sèvres, then Vienne', () => {
    const byTable = new Map(tables.rows.map((r) => [r.table, r]));
    expect([...byTable.values()].map((r) => [r.departement, r.departementFrom])).toEqual([
      ['16', 'heading'],
      ['17', 'heading'],
      ['17', 'heading'],
      ['79', 'order'],
      ['86', 'order'],
      ['86', 'heading'],
    ]);
    const headless = tables.rows.filter((r) => r.departementFrom === 'order').map((r) => r.line);
    expect(headless).toEqual([59, 60, 61, 62, 63, 64, 69, 70, 71, 72, 73, 74]);
  });

  it('keeps three cells per row, empty ones included', () => {
    const loudunais = tables.rows.find((r) => r.nameCell.startsWith('Pays Loudunais'))!;
    expect(loudunais.rhCell).toBe('');
    expect(loudunais.moyensCell).toContain('cadastre');
    const ruffecois = tables.rows.find((r) => r.nameCell.startsWith('Pays Ruffécois'))!;
    expect(ruffecois.moyensCell).toBe('');
  });
});

describe('territories of the dataset', () => {
  it('are the 33 of the survey, with the shared ids, in survey order', () => {
    expect(dataset.territories.map((t) => t.id)).toEqual(EXPECTED.map((e) => e[0]));
    expect([...dataset.territories.map((t) => t.id)].sort()).toEqual([...TERRITORY_IDS].sort());
  });

  it.each(EXPECTED)('%s: département %s, declared %i CC, %i CA, %i communes', (id, dep, cc, ca, communes) => {
    const t = dataset.territories.find((x) => x.id === id)!;
    expect(t.departement).toBe(dep);
    expect(t.declared).toEqual({ cc, ca, communes });
  });

  it('takes kinds and names from the survey, and keeps the raw name cell', () => {
    for (const t of dataset.territories) {
      expect(t.kind).toBe(t.id.startsWith('ca-') ? 'agglomeration' : 'pays');
      expect(t.rawName).toContain(t.name);
      expect(sourceText).toContain(t.rawName);
    }
    const niort = dataset.territories.find((t) => t.id === 'ca-niort')!;
    expect(niort.name).toBe("Communauté d'agglomération de Niort");
    expect(niort.rawName).toBe("<p>Communauté d'agglomération de Niort 29 communes</p>");
  });

  // The shared geography lives next to the repository, not in it: check against it when present.
  const tsv = `${root}../shared/geo/territories.tsv`;
  it.skipIf(!existsSync(tsv))('agree with the shared territories.tsv', () => {
    const [header, ...lines] = readFileSync(tsv, 'utf8').trim().split('\n');
    const cols = header.split('\t');
    const rows = lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])));
    expect(rows).toHaveLength(33);
    for (const row of rows) {
      const t = dataset.territories.find((x) => x.id === row.id)!;
      expect(t, row.id).toBeDefined();
      expect([t.name, t.kind, t.departement]).toEqual([row.name, row.kind, row.departement]);
      expect(t.declared).toEqual({
        cc: Number(row.declared_cc || 0),
        ca: Number(row.declared_ca || 0),
        communes: Number(row.declared_communes),
      });
    }
  });
});

describe('declared sizes', () => {
  it('parses the three writings of the survey', () => {
    expect(parseDeclaredSize('5 CC, 78 communes')).toEqual({ cc: 5, ca: 0, communes: 78 });
    expect(parseDeclaredSize('1 CA, 1 CC, 26 communes')).toEqual({ cc: 1, ca: 1, communes: 26 });
    expect(parseDeclaredSize('29 communes')).toEqual({ cc: 0, ca: 0, communes: 29 });
  });

  it('splits a name cell into name and size', () => {
    expect(splitNameAndSize('Pays Rochefortais 1 CA, 1 CC, 26 communes')).toEqual({
      name: 'Pays Rochefortais',
      declared: { cc: 1, ca: 1, communes: 26 },
    });
    expect(splitNameAndSize(" Communauté d'agglomération du Grand Angoulême 29 communes ").name).toBe(
      "Communauté d'agglomération du Grand Angoulême",
    );
  });

  it('refuses a cell without size, or a size it cannot read', () => {
    expect(() => splitNameAndSize('Pays Mellois')).toThrow(/sans taille/);
    expect(() => parseDeclaredSize('5 CC')).toThrow(/sans nombre de communes/);
    expect(() => parseDeclaredSize('5 SIVOM, 12 communes')).toThrow(/illisible/);
    expect(() => parseDeclaredSize('2 CC, 3 CC, 12 communes')).toThrow(/répété/);
  });
});
