import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../src/lib/schema';
import { buildDataset, serializeDataset } from '../scripts/survey/build-dataset';
import { parseTables } from '../scripts/survey/parse-tables';
import { committedJson, dataset, sourceText } from './survey-fixtures';

describe('data/practices.json', () => {
  it('is what `npm run data` makes of data/source today (not stale)', () => {
    expect(serializeDataset(buildDataset(sourceText))).toBe(committedJson);
  });

  it('is built deterministically', () => {
    expect(serializeDataset(buildDataset(sourceText))).toBe(serializeDataset(buildDataset(sourceText)));
  });

  it('validates against the schema', () => {
    const result = v.safeParse(DatasetSchema, JSON.parse(committedJson));
    expect(result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('names its source', () => {
    expect(dataset.source).toEqual({
      title: "Panorama de pratiques de mutualisation des pays et communautés d'agglomération de Poitou-Charentes",
      publisher: "IAAT (Institut atlantique d'aménagement des territoires)",
      date: '2008-09-23',
      file: 'data/source/panorama-mutualisation-2008.txt',
    });
  });
});

describe('the schema', () => {
  const copy = () => JSON.parse(committedJson);
  const fails = (d: unknown) => !v.safeParse(DatasetSchema, d).success;

  it('rejects unknown ids, missing explanations and inconsistent statuses', () => {
    const unknownTheme = copy();
    unknownTheme.territories[0].practices[0].themes.push('astronomie');
    expect(fails(unknownTheme)).toBe(true);

    const noWhy = copy();
    noWhy.territories[0].practices[0].why.themes = {};
    expect(fails(noWhy)).toBe(true);

    const noTheme = copy();
    noTheme.territories[0].practices[0].themes = [];
    expect(fails(noTheme)).toBe(true);

    const emptyOk = copy();
    emptyOk.territories[0].practices = [];
    expect(fails(emptyOk)).toBe(true);

    const extraField = copy();
    extraField.territories[0].practices[0].html = '<b>x</b>';
    expect(fails(extraField)).toBe(true);

    const unknownTerritory = copy();
    unknownTerritory.territories[0].id = 'pays-inconnu';
    expect(fails(unknownTerritory)).toBe(true);
  });
});

describe('the build stops on an inconsistent source', () => {
  const lines = sourceText.split('\n');
  const without = (lineNo: number) => lines.filter((_, i) => i !== lineNo - 1).join('\n');
  const replaced = (from: string, to: string) => {
    expect(sourceText).toContain(from);
    return sourceText.replace(from, to);
  };

  it('when a territory is missing', () => {
    expect(() => buildDataset(without(87))).toThrow(/32 territoires lus au lieu de 33[\s\S]*pays-vienne-et-mouliere/);
  });

  it('when a name is unknown', () => {
    expect(() => buildDataset(replaced('Pays Mellois 5 CC', 'Pays Melois 5 CC'))).toThrow(/territoire inconnu « Pays Melois »/);
  });

  it('when a size is missing', () => {
    expect(() => buildDataset(replaced('Pays Mellois 5 CC, 78 communes', 'Pays Mellois'))).toThrow(/sans taille déclarée/);
  });

  it('when a row does not have three cells', () => {
    const broken = lines.map((l, i) => (i === 86 ? l.split('\t').slice(0, 2).join('\t') : l)).join('\n');
    expect(() => buildDataset(broken)).toThrow(/ligne 87 : 2 cellules au lieu de 3/);
  });

  it('when the first table has no heading', () => {
    expect(() => parseTables(without(14))).toThrow(/tableau sans intitulé/);
  });

  it('when a « (suite) » does not follow its département', () => {
    expect(() => parseTables(replaced('Vienne (suite)', 'Charente (suite)'))).toThrow(/« \(suite\) »/);
  });

  it('when a territory with practices also says « information non disponible »', () => {
    const broken = replaced('Pays Ile de Ré 1 CC, 10 communes\tInformation non disponible\t', 'Pays Ile de Ré 1 CC, 10 communes\tInformation non disponible\tUn SIG.');
    expect(() => buildDataset(broken)).toThrow(/pays-ile-de-re : « no-information » mais 1 pratique/);
  });

  it('when a territory has neither practice nor status', () => {
    const broken = replaced('Information non disponible\t', '\t');
    expect(() => buildDataset(broken)).toThrow(/pays-ile-de-re : aucune pratique/);
  });

  it('when a reviewed correction or sentence join no longer applies', () => {
    expect(() => buildDataset(replaced('Convention de prestation de service.', 'Convention de prestation de service pour la comptabilité.'))).toThrow(
      /correction pays-horte-et-tardoire-moyens-2 périmée/,
    );
    expect(() => buildDataset(replaced('Equipement dans chaque commune.', 'Matériel dans chaque commune.'))).toThrow(
      /raccord de phrase inutilisé : pays-haute-saintonge/,
    );
  });
});
