import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { dataset } from './survey-fixtures';
import { practicesCsv } from '../src/lib/export/csv';
import { territoriesGeoJson } from '../src/lib/export/geojson';
import { readCsv } from './csv-reader';
import { comparisonFileName, exportFileName, type ExportFilters } from '../src/lib/export/filters';
import { territoryFields } from '../src/lib/export/fields';
import { territoryPaint } from '../src/lib/territory-paint';
import { defaultView } from '../src/lib/url-state';
import { countsPerLayer } from '../src/lib/theme-layers/layer-counts';

const none: ExportFilters = defaultView();
const filters = (change: Partial<ExportFilters>): ExportFilters => ({ ...none, ...change });
/** The territories of Charente-Maritime in the survey (the raw geography's README lists them). */
const CHARENTE_MARITIME = [
  'ca-pays-rochefortais', 'ca-la-rochelle', 'ca-pays-royannais', 'pays-aunis', 'pays-haute-saintonge', 'pays-ile-de-re',
  'pays-marennes-oleron', 'pays-rochefortais', 'pays-saintonge-romane', 'pays-vals-de-saintonge',
];
const total = dataset.territories.reduce((n, t) => n + t.practices.length, 0);

describe('CSV export of the practices', () => {
  const csv = practicesCsv(dataset, none);
  /** Data rows of an export: after the filters row and the header. */
  const rowsOf = (text: string) => readCsv(text.slice(1)).slice(2);

  it('starts with a UTF-8 BOM and keeps accents', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Deux-Sèvres');
    expect(csv).toContain('Pays de Gâtine');
  });

  it('has one row per practice, with the survey text intact even with quotes and semicolons', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual(['# Filtres : aucun, toutes les pratiques relevées']);
    expect(rows[1]).toEqual(['territoire_id', 'territoire', 'nature', 'departement', 'colonne', 'statut', 'themes', 'formes', 'pratique']);
    expect(rows).toHaveLength(total + 2);
    const texts = new Set(rows.slice(2).map((r) => r[8]));
    for (const t of dataset.territories) for (const p of t.practices) expect(texts.has(p.text)).toBe(true);
    const mellois = rows.slice(2).find((r) => r[8].includes('piscines'))!;
    expect(mellois.slice(0, 2)).toEqual(['pays-mellois', 'Pays Mellois']);
  });

  it('follows the status filter and the active themes', () => {
    const inPlace = rowsOf(practicesCsv(dataset, filters({ statuses: ['en-place'] })));
    expect(inPlace.length).toBeLessThan(total);
    expect(inPlace.every((r) => r[5] === 'En place')).toBe(true);
    const sig = rowsOf(practicesCsv(dataset, filters({ themes: ['sig'] })));
    expect(sig.length).toBeGreaterThan(0);
    expect(sig.every((r) => r[6].includes('SIG'))).toBe(true);
  });

  it('keeps only the territories of the isolated legend class, in either mode', () => {
    for (const [mode, iso] of [['intensite', '1'], ['type', 'personnel']] as const) {
      const view = filters({ mode, iso });
      const inClass = territoryPaint(dataset.territories, dataset.forms, view).legend.find((item) => item.key === iso)!.ids;
      expect(inClass.length).toBeGreaterThan(0);
      const rows = rowsOf(practicesCsv(dataset, view));
      expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(inClass.filter((id) => dataset.territories.find((t) => t.id === id)!.practices.length)));
      expect(rows.length).toBeLessThan(total);
    }
  });

  it('keeps only the compared territories while a comparison is open', () => {
    const rows = rowsOf(practicesCsv(dataset, filters({ cmp: ['pays-mellois', 'ca-niort'] })));
    const expected = ['pays-mellois', 'ca-niort'].reduce((n, id) => n + dataset.territories.find((t) => t.id === id)!.practices.length, 0);
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['pays-mellois', 'ca-niort']));
  });

  it('keeps only the chosen départements, and says every filter in its first row', () => {
    const text = practicesCsv(dataset, filters({ dep: ['17'], themes: ['sig'] }));
    const rows = readCsv(text.slice(1));
    expect(rows[0]).toEqual(['# Filtres : départements : 17 Charente-Maritime · thèmes : SIG et cadastre']);
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows.slice(2)) {
      expect(r[3]).toBe('17 Charente-Maritime');
      expect(CHARENTE_MARITIME).toContain(r[0]);
    }
    const all17 = rowsOf(practicesCsv(dataset, filters({ dep: ['17'] })));
    expect(new Set(all17.map((r) => r[0]))).toEqual(new Set(CHARENTE_MARITIME.filter((id) => dataset.territories.find((t) => t.id === id)!.practices.length)));
    const described = readCsv(practicesCsv(dataset, filters({ statuses: ['en-projet'], mode: 'type', iso: 'personnel', cmp: ['pays-gatine'] })).slice(1))[0][0];
    expect(described).toBe('# Filtres : statuts : En projet · classe isolée (forme dominante) : Personnel partagé · comparaison : Pays de Gâtine');
  });
});

describe('export file names', () => {
  const day = new Date(2026, 11, 6, 23, 30);

  it('write the filters and the day', () => {
    expect(exportFileName('pratiques', filters({ dep: ['17'], themes: ['sig'] }), day)).toBe('mutualisations-2008-pratiques-17-sig-2026-12-06.csv');
    expect(exportFileName('territoires', none, day)).toBe('mutualisations-2008-territoires-2026-12-06.geojson');
    expect(
      exportFileName('carte', filters({ dep: ['16', '79'], statuses: ['en-place'], iso: '2', cmp: ['pays-mellois', 'ca-niort'] }), day),
    ).toBe('mutualisations-2008-carte-16-79-en-place-classe-3-comparaison-2-2026-12-06.png');
  });

  it('name the comparison by its size and status filter', () => {
    const cmp = ['pays-mellois', 'ca-niort', 'pays-gatine'];
    expect(comparisonFileName('csv', filters({ cmp }), day)).toBe('mutualisations-2008-comparaison-3-territoires-2026-12-06.csv');
    expect(comparisonFileName('png', filters({ cmp, statuses: ['en-place', 'en-cours'] }), day)).toBe(
      'mutualisations-2008-comparaison-3-territoires-en-place-en-cours-2026-12-06.png',
    );
  });

  it('stay short with many themes', () => {
    const name = exportFileName('pratiques', filters({ themes: dataset.themes.map((t) => t.id) }), day);
    expect(name).toBe('mutualisations-2008-pratiques-17-themes-2026-12-06.csv');
  });
});

describe('GeoJSON export of the territories', () => {
  const topology = JSON.parse(readFileSync('geo/territories.topojson', 'utf8')) as Topology;
  const perimeters = feature(topology, topology.objects.territories as GeometryCollection) as FeatureCollection;
  for (const f of perimeters.features) f.properties = { ...f.properties, id: f.id };
  const byId = (collection: FeatureCollection, id: string) => collection.features.find((f) => f.properties!.ID === id)!;

  it('gives every territory its perimeter and statistics under the filter', () => {
    const all = territoriesGeoJson(dataset, perimeters, none);
    expect(all.features).toHaveLength(33);
    const mellois = byId(all, 'pays-mellois');
    expect(mellois.geometry.type).toMatch(/Polygon/);
    expect(mellois.properties).toMatchObject({ NOM: 'Pays Mellois', INSEE_DEP: '79', NB_COM: 78 });
    expect(mellois.properties!.NB_PRAT).toBe(dataset.territories.find((t) => t.id === 'pays-mellois')!.practices.length);
    const angouleme = byId(all, 'ca-grand-angouleme').properties!;
    expect([angouleme.NB_COM, angouleme.NB_COM_DEC]).toEqual([15, 29]);
    expect(byId(all, 'ca-pays-rochefortais').properties!.ID_PAYS).toBe('pays-rochefortais');
    const filtered = territoriesGeoJson(dataset, perimeters, filters({ statuses: ['en-projet'], themes: ['sig'] }));
    const sum = filtered.features.reduce((n, f) => n + (f.properties!.NB_PRAT as number), 0);
    expect(sum).toBeLessThan(total);
    expect(filtered.features.every((f) => (f.properties!.NB_PRAT_TH as number) > 0)).toBe(true);
  });

  it('names its fields as a Shapefile keeps them: at most 10 ASCII capitals, digits or underscores, all different', () => {
    const names = Object.keys(territoriesGeoJson(dataset, perimeters, none).features[0].properties!);
    expect(names).toEqual(territoryFields(dataset.themes).map((f) => f.name));
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]{0,9}$/);
    expect(new Set(names).size).toBe(names.length);
    // One count per theme of the survey.
    expect(names.filter((n) => n.startsWith('NB_') && !['NB_COM', 'NB_COM_DEC', 'NB_PRAT', 'NB_PRAT_TH'].includes(n))).toHaveLength(dataset.themes.length);
  });

  it('holds the territories the filters keep: départements, comparison, isolated class', () => {
    const ids = (change: Partial<ExportFilters>) => territoriesGeoJson(dataset, perimeters, filters(change)).features.map((f) => f.properties!.ID);
    expect(new Set(ids({ dep: ['17'] }))).toEqual(new Set(CHARENTE_MARITIME));
    expect(ids({ cmp: ['ca-niort', 'pays-mellois'] }).sort()).toEqual(['ca-niort', 'pays-mellois']);
    expect(ids({ dep: ['16'], cmp: ['ca-niort', 'pays-mellois'] })).toEqual([]);
    const noInformation = ids({ iso: 'sans-information' });
    expect(noInformation).toEqual(['pays-ile-de-re']);
  });
});

describe('exports with theme layers', () => {
  const topology = JSON.parse(readFileSync('geo/territories.topojson', 'utf8')) as Topology;
  const perimeters = feature(topology, topology.objects.territories as GeometryCollection) as FeatureCollection;
  for (const f of perimeters.features) f.properties = { ...f.properties, id: f.id };
  const layers = ['sig', 'habitat'];
  const has = (id: string, theme: string) => dataset.territories.find((t) => t.id === id)!.practices.some((p) => (p.themes as readonly string[]).includes(theme));
  const both = dataset.territories.filter((t) => layers.every((theme) => has(t.id, theme))).map((t) => t.id);

  it('« Tous les thèmes choisis » keeps only the territories having SIG and OPAH, each with its count per layer', () => {
    expect(both.length).toBeGreaterThan(0);
    const geo = territoriesGeoJson(dataset, perimeters, filters({ themes: layers, themeMatch: 'all' }));
    expect(geo.features.map((f) => f.properties!.ID).sort()).toEqual([...both].sort());
    const counts = countsPerLayer(dataset.territories, layers, { statuses: [] });
    for (const f of geo.features) {
      expect(f.properties!.NB_SIG).toBe(counts[f.properties!.ID as string].sig);
      expect(f.properties!.NB_HABITAT).toBe(counts[f.properties!.ID as string].habitat);
    }
    const any = territoriesGeoJson(dataset, perimeters, filters({ themes: layers })).features;
    expect(any.length).toBeGreaterThan(both.length);
  });

  it('the CSV then lists only those territories, and says the choice in its filters row and its name', () => {
    const text = practicesCsv(dataset, filters({ themes: layers, themeMatch: 'all' }));
    const rows = readCsv(text.slice(1));
    expect(rows[0][0]).toBe('# Filtres : thèmes (tous à la fois) : SIG et cadastre, Habitat / OPAH');
    expect(new Set(rows.slice(2).map((r) => r[0]))).toEqual(new Set(both));
    expect(exportFileName('pratiques', filters({ themes: layers, themeMatch: 'all' }), new Date(2026, 11, 6))).toBe(
      'mutualisations-2008-pratiques-sig-habitat-tous-2026-12-06.csv',
    );
  });
});
