import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { dataset } from './survey-fixtures';
import { practicesCsv } from '../src/lib/export/csv';
import { territoriesGeoJson } from '../src/lib/export/geojson';
import { readCsv } from './csv-reader';

const none = { statuses: [] as string[], themes: [] as string[] };
const total = dataset.territories.reduce((n, t) => n + t.practices.length, 0);

describe('CSV export of the practices', () => {
  const csv = practicesCsv(dataset, none);

  it('starts with a UTF-8 BOM and keeps accents', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Deux-Sèvres');
    expect(csv).toContain('Pays de Gâtine');
  });

  it('has one row per practice, with the survey text intact even with quotes and semicolons', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual(['territoire_id', 'territoire', 'nature', 'departement', 'colonne', 'statut', 'themes', 'formes', 'pratique']);
    expect(rows).toHaveLength(total + 1);
    const texts = new Set(rows.slice(1).map((r) => r[8]));
    for (const t of dataset.territories) for (const p of t.practices) expect(texts.has(p.text)).toBe(true);
    const mellois = rows.find((r) => r[8].includes('piscines'))!;
    expect(mellois.slice(0, 2)).toEqual(['pays-mellois', 'Pays Mellois']);
  });

  it('follows the status filter and the active themes', () => {
    const inPlace = readCsv(practicesCsv(dataset, { statuses: ['en-place'], themes: [] }).slice(1)).slice(1);
    expect(inPlace.length).toBeLessThan(total);
    expect(inPlace.every((r) => r[5] === 'En place')).toBe(true);
    const sig = readCsv(practicesCsv(dataset, { statuses: [], themes: ['sig'] }).slice(1)).slice(1);
    expect(sig.length).toBeGreaterThan(0);
    expect(sig.every((r) => r[6].includes('SIG'))).toBe(true);
  });
});

describe('GeoJSON export of the territories', () => {
  const topology = JSON.parse(readFileSync('geo/territories.topojson', 'utf8')) as Topology;
  const perimeters = feature(topology, topology.objects.territories as GeometryCollection) as FeatureCollection;
  for (const f of perimeters.features) f.properties = { ...f.properties, id: f.id };

  it('gives every territory its perimeter and statistics under the filter', () => {
    const all = territoriesGeoJson(dataset, perimeters, none);
    expect(all.features).toHaveLength(33);
    const mellois = all.features.find((f) => f.id === 'pays-mellois')!;
    expect(mellois.geometry.type).toMatch(/Polygon/);
    expect(mellois.properties).toMatchObject({ nom: 'Pays Mellois', departement: '79', communes_2008: 78 });
    expect(mellois.properties!.pratiques).toBe(dataset.territories.find((t) => t.id === 'pays-mellois')!.practices.length);
    const angouleme = all.features.find((f) => f.id === 'ca-grand-angouleme')!.properties!;
    expect([angouleme.communes_2008, angouleme.communes_declarees]).toEqual([15, 29]);
    const filtered = territoriesGeoJson(dataset, perimeters, { statuses: ['en-projet'], themes: ['sig'] });
    const sum = filtered.features.reduce((n, f) => n + (f.properties!.pratiques as number), 0);
    expect(sum).toBeLessThan(total);
    expect(filtered.features.every((f) => typeof f.properties!.pratiques_themes_actifs === 'number')).toBe(true);
  });
});
