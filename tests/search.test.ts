import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from './survey-fixtures';
import { AtlasSearch } from '../src/lib/search/search-index';
import { highlight } from '../src/lib/search/highlight';
import { stem, words } from '../src/lib/search/tokenize';
import type { CommuneEntry } from '../src/lib/geo/types';

const communes = JSON.parse(readFileSync('geo/communes.json', 'utf8')) as CommuneEntry[];
const search = new AtlasSearch(dataset, communes);
const territoriesOf = (query: string, kind = 'pratique') =>
  [...new Set(search.search(query).filter((r) => r.kind === kind).map((r) => r.territory))];

describe('search on the real survey and 2008 communes', () => {
  it('« piscine » finds the Pays Mellois (its « Syndicat Mellois des piscines »)', () => {
    const results = search.search('piscine');
    expect(results.some((r) => r.kind === 'pratique' && r.territory === 'pays-mellois' && /piscines/.test(r.title))).toBe(true);
  });

  it('« 16106 » finds Confolens, in the Pays de Charente Limousine', () => {
    const [first] = search.search('16106');
    expect(first).toMatchObject({ kind: 'commune', id: '16106', title: 'Confolens', territory: 'pays-charente-limousine' });
  });

  it('« liberacces » finds both agglomérations that use LiberAccès, however they spell it', () => {
    expect(territoriesOf('liberacces').sort()).toEqual(['ca-pays-chatelleraudais', 'ca-pays-rochefortais']);
    expect(territoriesOf('Liber Accès').sort()).toEqual(['ca-pays-chatelleraudais', 'ca-pays-rochefortais']);
  });

  it('« groupement de commande » lists the pooled purchases, with their territories', () => {
    const found = territoriesOf('groupement de commande');
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const id of ['pays-horte-et-tardoire', 'pays-montmorillonnais', 'pays-thouarsais']) expect(found).toContain(id);
  });

  it('is accent- and case-insensitive and tolerates a typo', () => {
    expect(search.search('GATINE')[0]).toMatchObject({ kind: 'territoire', id: 'pays-gatine' });
    expect(search.search('gâtine')[0].id).toBe('pays-gatine');
    expect(search.search('Montmorilonnais')[0]).toMatchObject({ kind: 'territoire', id: 'pays-montmorillonnais' });
    expect(search.search('mediatheque').some((r) => r.territory === 'pays-ouest-charente-cognac')).toBe(true);
  });

  it('ranks a territory name above practices that mention it', () => {
    const results = search.search('Thouarsais');
    expect(results[0]).toMatchObject({ kind: 'territoire', id: 'pays-thouarsais' });
  });

  it('finds a commune by name and says where it was in 2008, or that it was outside the survey', () => {
    const rochefort = search.search('Rochefort').find((r) => r.kind === 'commune' && r.title === 'Rochefort')!;
    expect(rochefort.territory).toBe('ca-pays-rochefortais');
    const outside = communes.find((c) => !c.pays && !c.agglo)!;
    const hit = search.search(outside.insee)[0];
    expect(hit).toMatchObject({ kind: 'commune', territory: null });
    expect(hit.detail).toContain('hors enquête');
  });

  it('answers odd input with results or nothing, never an error', () => {
    for (const q of ['', '   ', '*', '((', '\\', '<script>', "l'", '%%%', '😀', 'a'.repeat(10_000), '16', '-']) {
      expect(() => search.search(q)).not.toThrow();
    }
    expect(search.search('<script>alert(1)</script>')).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks whole words that match, whatever the accents, and nothing else', () => {
    const segs = highlight('Syndicat Mellois des piscines, créé par le pays', ['piscine']);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['piscines']);
    expect(segs.map((s) => s.text).join('')).toBe('Syndicat Mellois des piscines, créé par le pays');
    expect(highlight('Pays de Gâtine', ['gatine']).find((s) => s.hit)?.text).toBe('Gâtine');
  });
});

describe('the département filter in the search', () => {
  it('« Charente-Maritime » and « 17 » offer the département first', () => {
    for (const query of ['Charente-Maritime', 'charente maritime', '17']) {
      const [first] = search.search(query);
      expect(first, query).toMatchObject({ kind: 'departement', id: '17', title: 'Charente-Maritime', territory: null });
    }
    expect(search.search('17')[0].detail).toBe('Département (17) · 10 territoires enquêtés');
  });

  it('« Charente » offers both départements of that name, and « Vienne » the Vienne', () => {
    const charente = search.search('Charente').filter((r) => r.kind === 'departement').map((r) => r.id);
    expect(charente.sort()).toEqual(['16', '17']);
    expect(search.search('Vienne').filter((r) => r.kind === 'departement').map((r) => r.id)).toEqual(['86']);
    expect(search.search('79').filter((r) => r.kind === 'departement').map((r) => r.id)).toEqual(['79']);
  });
});

describe('ranking: exact names, whole words, then prefixes', () => {
  it('« Melle » gives the commune of Melle first, before the Pays Mellois', () => {
    const results = search.search('Melle');
    expect(results[0]).toMatchObject({ kind: 'commune', title: 'Melle', territory: 'pays-mellois' });
    expect(results.some((r) => r.kind === 'territoire' && r.id === 'pays-mellois')).toBe(true);
  });

  it('« Niort » gives the commune of Niort first, then its agglomération', () => {
    const [first, second] = search.search('Niort');
    expect(first).toMatchObject({ kind: 'commune', title: 'Niort' });
    expect(second).toMatchObject({ kind: 'territoire', id: 'ca-niort' });
  });

  it('« SIG » matches the word SIG only, not « signalisation » nor « Saint-Sigismond »', () => {
    const results = search.search('SIG');
    expect(results.length).toBeGreaterThan(5);
    for (const r of results) expect(words(r.title), r.title).toContain('sig');
    expect(results.some((r) => /sigismond/i.test(r.title))).toBe(false);
  });

  it('a word of the practices ranks them above communes whose name starts with it (« ville », not Villebois-Lavalette)', () => {
    const results = search.search('ville');
    const firstCommune = results.findIndex((r) => r.kind === 'commune');
    const lastWholeWord = Math.max(...results.map((r, i) => (words(r.title).includes('ville') ? i : -1)));
    expect(lastWholeWord).toBeGreaterThan(0);
    if (firstCommune >= 0) expect(firstCommune).toBeGreaterThan(lastWholeWord);
  });

  it('each theme label finds practices with that word before any commune name merely starting with it', () => {
    let contested = 0;
    for (const theme of dataset.themes) {
      const word = words(theme.label)[0];
      const results = search.search(word);
      const whole = results.map((r, i) => (words(r.title).map(stem).includes(stem(word)) ? i : -1)).filter((i) => i >= 0);
      const prefixOnly = results
        .map((r, i) => (r.kind === 'commune' && !words(r.title).map(stem).includes(stem(word)) ? i : -1))
        .filter((i) => i >= 0);
      if (!whole.length || !prefixOnly.length) continue;
      contested++;
      expect(Math.max(...whole), theme.label).toBeLessThan(Math.min(...prefixOnly));
    }
    // Some theme words also start commune names: the test compares real rivals.
    expect(contested).toBeGreaterThan(0);
  });
});
