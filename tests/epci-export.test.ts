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

describe('GeoJSON of the 2026 EPCIs', () => {
  const geojson = epciGeoJson(outlines, crosswalk, nameOf, practices);

  it('has the 37 EPCIs with their outlines and figures', () => {
    expect(geojson.features).toHaveLength(37);
    const poitiers = geojson.features.find((f) => f.properties?.nom === 'CU du Grand Poitiers')!;
    expect(poitiers.geometry.type).toMatch(/Polygon/);
    expect(poitiers.properties).toMatchObject({ siren: '200069854', nature: 'CU', communes_2026: 40 });
    expect(poitiers.properties!.territoires_2008).toMatch(/^Communauté d'agglomération de Poitiers \(73\u00a0%\) \| /);
  });

  it('counts the practices of the 2008 territories each EPCI carries on', () => {
    // CA de Poitiers 5, Six Vallées 3, Chauvinois 3, Haut Poitou et Clain 2, Vienne et Moulière 2.
    const poitiers = geojson.features.find((f) => f.properties?.siren === '200069854')!;
    expect(poitiers.properties!.pratiques_2008).toBe(15);
    // Ré gave no information in 2008.
    const re = geojson.features.find((f) => f.properties?.siren === '241700459')!;
    expect(re.properties!.pratiques_2008).toBe(0);
    const gatine = crosswalk.epci.filter((e) => e.territories.some((t) => t.territory === 'pays-gatine'));
    for (const e of gatine) {
      const f = geojson.features.find((x) => x.properties?.siren === e.siren)!;
      expect(f.properties!.pratiques_2008_par_territoire, e.name).toContain(`${nameOf('pays-gatine')} : ${practices('pays-gatine')}`);
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
