// The 2026 intercommunalités in the exports and on the method page, on the real data.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import { crosswalkOf, epciOutlines } from '../src/lib/epci/load-epci.ts';
import { epciColumns, epciGeoJson, EPCI_COLUMNS } from '../src/lib/epci/epci-export.ts';
import { formatShare } from '../src/lib/epci/epci-panel.ts';
import { formatVintage, methodParagraphs } from '../src/lib/epci/method-facts.ts';
import { DataFileError } from '../src/lib/fetch-json.ts';
import { projectRoot } from './geo-support.ts';
import { practicesCsv } from '../src/lib/export/csv.ts';
import { territoriesGeoJson } from '../src/lib/export/geojson.ts';
import { defaultView } from '../src/lib/url-state.ts';
import { readCsv } from './csv-reader.ts';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const read = (path: string) => JSON.parse(readFileSync(`${projectRoot}/${path}`, 'utf8'));
const crosswalk = crosswalkOf(read('geo/crosswalk-2026.json'));
const outlines = epciOutlines(read('geo/epci-2026.topojson'));
const territory = new Map<string, (typeof dataset.territories)[number]>(dataset.territories.map((t) => [t.id, t]));
const nameOf = (id: string) => territory.get(id)!.name;
const practices = (id: string) => territory.get(id)!.practices.length;

describe('EPCI columns of a practice’s territory', () => {
  it('name the main EPCI today and list all of them, for every territory', () => {
    for (const t of dataset.territories) {
      const columns = epciColumns(crosswalk, t.id);
      expect(Object.keys(columns)).toEqual([...EPCI_COLUMNS]);
      expect(columns.epci_2026, t.id).not.toBe('');
      expect(columns.epci_2026_liste.startsWith(`${columns.epci_2026} ${columns.epci_2026_siren} (`), t.id).toBe(true);
    }
  });

  it('list the Pays de Gâtine’s EPCIs largest first', () => {
    const list = epciColumns(crosswalk, 'pays-gatine').epci_2026_liste.split(' | ');
    expect(list.length).toBeGreaterThanOrEqual(4);
    expect(list[0]).toMatch(/^CC de Parthenay-Gâtine 200041333 \(46\u00a0%\)$/);
  });

  it('are empty for a territory the crosswalk does not know', () => {
    expect(epciColumns(crosswalk, 'pays-inconnu')).toEqual({ epci_2026: '', epci_2026_siren: '', epci_2026_liste: '' });
  });
});

describe('the practices CSV and the territories GeoJSON with the crosswalk', () => {
  it('end each practice row with its territory’s main EPCI today and the full list', () => {
    const rows = readCsv(practicesCsv(dataset, defaultView(), crosswalk).slice(1));
    const header = rows[1];
    expect(header.slice(-3)).toEqual([...EPCI_COLUMNS]);
    const at = (name: string) => header.indexOf(name);
    const data = rows.slice(2);
    expect(data.length).toBe(dataset.territories.reduce((n, t) => n + t.practices.length, 0));
    const gatine = data.filter((r) => r[at('territoire_id')] === 'pays-gatine');
    expect(gatine.length).toBe(practices('pays-gatine'));
    for (const r of gatine) {
      expect(r[at('epci_2026')]).toBe('CC de Parthenay-Gâtine');
      expect(r[at('epci_2026_siren')]).toBe('200041333');
      expect(r[at('epci_2026_liste')].split(' | ').length).toBeGreaterThanOrEqual(4);
    }
    for (const r of data.filter((r) => r[at('territoire_id')] === 'ca-poitiers')) {
      expect(r[at('epci_2026_liste')]).toBe('CU du Grand Poitiers 200069854 (100\u00a0%)');
    }
  });

  it('fill the EPCI26 fields of every territory', () => {
    const topology = read('geo/territories.topojson') as Topology;
    const perimeters = feature(topology, topology.objects.territories as GeometryCollection) as FeatureCollection;
    for (const f of perimeters.features) f.properties = { ...f.properties, id: f.id };
    const geojson = territoriesGeoJson(dataset, perimeters, defaultView(), crosswalk);
    expect(geojson.features).toHaveLength(33);
    for (const f of geojson.features) expect(f.properties!.SIREN26, String(f.properties!.ID)).toMatch(/^\d{9}$/);
    const re = geojson.features.find((f) => f.properties!.ID === 'pays-ile-de-re')!.properties!;
    expect([re.EPCI26, re.SIREN26, re.EPCI26_LST]).toEqual(["CC de l'Ile de Ré", '241700459', "CC de l'Ile de Ré 241700459 (100\u00a0%)"]);
  });
});

describe('GeoJSON of the 2026 EPCIs', () => {
  const geojson = epciGeoJson(outlines, crosswalk, nameOf, practices);

  it('has the 37 EPCIs with their outlines and figures', () => {
    expect(geojson.features).toHaveLength(37);
    const poitiers = geojson.features.find((f) => f.properties?.NOM === 'CU du Grand Poitiers')!;
    expect(poitiers.geometry.type).toMatch(/Polygon/);
    expect(poitiers.properties).toMatchObject({ SIREN: '200069854', NATURE: 'CU', NB_COM26: 40 });
    expect(poitiers.properties!.TERR08).toMatch(/^Communauté d'agglomération de Poitiers \(73\u00a0%\) \| /);
  });

  it('names its fields as a Shapefile keeps them: at most 10 ASCII capitals, digits or underscores', () => {
    for (const f of geojson.features) {
      for (const name of Object.keys(f.properties!)) expect(name).toMatch(/^[A-Z][A-Z0-9_]{0,9}$/);
    }
  });

  it('counts the practices of the 2008 territories each EPCI carries on', () => {
    // CA de Poitiers 5, Six Vallées 3, Chauvinois 3, Haut Poitou et Clain 2, Vienne et Moulière 2.
    const poitiers = geojson.features.find((f) => f.properties?.SIREN === '200069854')!;
    expect(poitiers.properties!.NB_PRAT08).toBe(15);
    // Ré gave no information in 2008.
    const re = geojson.features.find((f) => f.properties?.SIREN === '241700459')!;
    expect(re.properties!.NB_PRAT08).toBe(0);
    const gatine = crosswalk.epci.filter((e) => e.territories.some((t) => t.territory === 'pays-gatine'));
    for (const e of gatine) {
      const f = geojson.features.find((x) => x.properties?.SIREN === e.siren)!;
      expect(f.properties!.PRAT08_TER, e.name).toContain(`${nameOf('pays-gatine')} : ${practices('pays-gatine')}`);
    }
  });
});

describe('method facts', () => {
  it('state the vintage, the counts and the source', () => {
    const text = methodParagraphs(crosswalk.facts).join('\n');
    expect(formatVintage(crosswalk.facts.vintage)).toBe('1er janvier 2026');
    expect(text).toContain('1er janvier 2026');
    expect(text).toContain('37 EPCI');
    expect(text).toContain('1\u202f462 communes de 2008');
    expect(text).toContain('@etalab/decoupage-administratif 6.0.0');
  });
});

describe('reading the files', () => {
  it('rejects a file that is not ours with a French message naming it', () => {
    expect(() => epciOutlines({ type: 'FeatureCollection' })).toThrow(DataFileError);
    expect(() => epciOutlines({ type: 'FeatureCollection' })).toThrow(/« geo\/epci-2026\.topojson »/);
    expect(() => crosswalkOf([])).toThrow(/« geo\/crosswalk-2026\.json » est illisible/);
  });

  it('shows a tiny share as « < 1 % », never as 0 %', () => {
    expect(formatShare(0.004)).toBe('< 1\u00a0%');
    expect(formatShare(0.0146)).toBe('1\u00a0%');
    expect(formatShare(1)).toBe('100\u00a0%');
  });
});
