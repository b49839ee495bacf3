// The 2008 → 2026 crosswalk on the real data (geo/crosswalk-2026.json, geo/communes-2026.json),
// and the build's check on crafted inputs.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crosswalkProblems, linkCommunes, type DecoupageCommune, type DecoupageEpci } from '../scripts/geo/crosswalk-2026.ts';
import { crosswalkOf, communes2026Of } from '../src/lib/epci/load-epci.ts';
import { epciPanel, territoryToday } from '../src/lib/epci/epci-panel.ts';
import { epciColumns } from '../src/lib/epci/epci-export.ts';
import { communesTodayByFormer, searchCommunes2026, searchEpci } from '../src/lib/epci/epci-search.ts';
import { buildEpci2026 } from '../scripts/geo/epci-2026.ts';
import { GeoInputError, readGeoInputs } from '../scripts/geo/inputs.ts';
import { EXPECTED_IDS, hasSharedGeo, loadCommunes, loadComposition, noteSkipIfNoSharedGeo, projectRoot, readText, sharedGeoDir } from './geo-support.ts';

const crosswalk = crosswalkOf(JSON.parse(readFileSync(`${projectRoot}/geo/crosswalk-2026.json`, 'utf8')));
const communes2026 = communes2026Of(JSON.parse(readFileSync(`${projectRoot}/geo/communes-2026.json`, 'utf8')));
const communes2008 = loadCommunes();
const composition = loadComposition();
const sirenOf = (name: RegExp) => crosswalk.epci.filter((e) => name.test(e.name)).map((e) => e.siren);
const territoryName = (id: string) => id;

describe('crosswalk 2008 → 2026', () => {
  it('leads every one of the 1,462 communes of 2008 to exactly one commune of 2026', () => {
    expect(communes2008).toHaveLength(1462);
    const former = communes2026.flatMap((c) => c.former);
    expect(former.sort()).toEqual(communes2008.map((c) => c.insee).sort());
    expect(crosswalk.facts.communes2008).toBe(1462);
  });

  it('has 37 EPCIs, each commune of 2026 in one of them', () => {
    expect(crosswalk.epci).toHaveLength(37);
    const sirens = new Set(crosswalk.epci.map((e) => e.siren));
    expect(sirens.size).toBe(37);
    expect(communes2026.filter((c) => !sirens.has(c.epci))).toEqual([]);
    // Each EPCI's count of 2026 communes is the DGCL's; the crosswalk finds them all.
    for (const e of crosswalk.epci) expect(communes2026.filter((c) => c.epci === e.siren).length, e.name).toBe(e.communes);
  });

  it('splits each territory into shares that sum to 100 %, over all its 2008 communes', () => {
    expect(Object.keys(crosswalk.territories).sort()).toEqual([...EXPECTED_IDS].sort());
    for (const [id, t] of Object.entries(crosswalk.territories)) {
      expect(t.epci.reduce((s, e) => s + e.communes, 0), id).toBe(composition[id].communes);
      expect(t.communes, id).toBe(composition[id].communes);
      expect(Math.abs(t.epci.reduce((s, e) => s + e.communeShare, 0) - 1), id).toBeLessThan(1e-3);
      expect(Math.abs(t.epci.reduce((s, e) => s + e.populationShare, 0) - 1), id).toBeLessThan(1e-3);
    }
  });

  it('splits each EPCI into its 2008 territories (or hors enquête), shares summing to 100 %', () => {
    expect(crosswalk.epci.reduce((s, e) => s + e.communes2008, 0)).toBe(1462);
    for (const e of crosswalk.epci) {
      expect(Math.abs(e.territories.reduce((s, t) => s + t.populationShare, 0) - 1), e.name).toBeLessThan(1e-3);
    }
  });

  it('spreads the Pays de Gâtine over at least 4 EPCIs', () => {
    expect(crosswalk.territories['pays-gatine'].epci.length).toBeGreaterThanOrEqual(4);
    expect(territoryToday(crosswalk, 'pays-gatine')[0].name).toBe('CC de Parthenay-Gâtine');
  });

  it('puts the CA de Poitiers entirely in the CU du Grand Poitiers', () => {
    const [only, ...rest] = territoryToday(crosswalk, 'ca-poitiers');
    expect(rest).toEqual([]);
    expect(only.name).toBe('CU du Grand Poitiers');
    expect(only.share).toBe(1);
  });

  it('puts Ré entirely in the CC de l’Île de Ré', () => {
    const parts = crosswalk.territories['pays-ile-de-re'].epci;
    expect(parts.map((p) => p.siren)).toEqual(sirenOf(/Ile de Ré/));
    expect(parts[0].communeShare).toBe(1);
    expect(parts[0].populationShare).toBe(1);
    expect(epciColumns(crosswalk, 'pays-ile-de-re')).toEqual({
      epci_2026: "CC de l'Ile de Ré",
      epci_2026_siren: '241700459',
      epci_2026_liste: "CC de l'Ile de Ré 241700459 (100\u00a0%)",
    });
  });

  it('writes the panel of the CC de Parthenay-Gâtine from the DGCL figures and the 2008 territories', () => {
    const e = crosswalk.epci.find((x) => x.name === 'CC de Parthenay-Gâtine')!;
    const panel = epciPanel(e, (id) => (id === 'pays-gatine' ? 'Pays de Gâtine' : id));
    expect(panel.today).toBe("Aujourd'hui : CC de Parthenay-Gâtine (38 communes, 38\u202f041 habitants).");
    expect(panel.before).toBe('En 2008, ses communes appartenaient à : Pays de Gâtine (100\u00a0%).');
    expect(panel.territories).toEqual(['pays-gatine']);
  });

  it('finds Confolens: 2008 Pays Charente Limousine, today the CC de Charente Limousine', () => {
    const communes = new Map(communes2008.map((c) => [c.insee, c]));
    const [hit] = searchCommunes2026(communes2026, crosswalk, communes, 'confolens');
    expect(hit.code).toBe('16106');
    expect(hit.territories2008).toEqual(['pays-charente-limousine']);
    expect(hit.epci.name).toBe('CC de Charente Limousine');
    // A commune nouvelle: Saint-Germain-de-Confolens joined it.
    expect(hit.former.map((f) => f.name)).toEqual(['Confolens', 'Saint-Germain-de-Confolens']);
  });

  it('leads a former commune to the commune nouvelle it joined', () => {
    const today = communesTodayByFormer(communes2026).get('16322')!;
    expect([today.code, today.name]).toEqual(['16106', 'Confolens']);
    expect(communesTodayByFormer(communes2026).size).toBe(1462);
  });

  it('finds an EPCI by name and by SIREN', () => {
    expect(searchEpci(crosswalk, 'grand poitiers').map((e) => e.siren)).toEqual(['200069854']);
    expect(searchEpci(crosswalk, '200069854').map((e) => e.name)).toEqual(['CU du Grand Poitiers']);
    expect(searchEpci(crosswalk, 'gatine').length).toBe(2);
  });

  it('names hors enquête in the panel of an EPCI holding communes outside the survey', () => {
    const niort = crosswalk.epci.find((x) => x.name === 'CA du Niortais')!;
    expect(epciPanel(niort, territoryName).before).toMatch(/hors enquête \(11\u00a0%\)/);
  });
});

describe('the build check', () => {
  const record = (code: string, nom: string, extra: Partial<DecoupageCommune> = {}): DecoupageCommune => ({
    code,
    nom,
    type: 'commune-actuelle',
    ...extra,
  });
  const history: DecoupageCommune[] = [
    // A commune nouvelle whose seat keeps its code, listed both as actuelle and as déléguée.
    record('16106', 'Confolens', { anciensCodes: ['16322'] }),
    record('16106', 'Confolens', { type: 'commune-deleguee', chefLieu: '16106' }),
    record('16322', 'Saint-Germain-de-Confolens', { type: 'commune-deleguee', chefLieu: '16106' }),
    // Merged twice: 79001 into 79002, then 79002 into 79003 (only the chef-lieu chain knows 79001).
    record('79001', 'Un', { type: 'commune-associee', chefLieu: '79002' }),
    record('79002', 'Deux', { type: 'commune-deleguee', chefLieu: '79003' }),
    record('79003', 'Trois', { anciensCodes: ['79002'] }),
    record('86001', 'Isolée'),
    record('86002', 'Partagée'),
  ];
  const epcis: DecoupageEpci[] = [
    { code: '200000001', nom: 'CC A', type: 'CC', populationTotale: 1, membres: [{ code: '16106', nom: 'Confolens' }, { code: '86002', nom: 'Partagée' }] },
    { code: '200000002', nom: 'CC B', type: 'CC', populationTotale: 1, membres: [{ code: '79003', nom: 'Trois' }, { code: '86002', nom: 'Partagée' }] },
  ];

  it('follows communes nouvelles, whatever the order of the records', () => {
    const links = linkCommunes(
      [
        { insee: '16106', name: 'Confolens' },
        { insee: '16322', name: 'Saint-Germain-de-Confolens' },
        { insee: '79001', name: 'Un' },
      ],
      [...history].reverse(),
      epcis,
    );
    expect(links.map((l) => [l.insee, l.current, l.epci])).toEqual([
      ['16106', ['16106'], ['200000001']],
      ['16322', ['16106'], ['200000001']],
      ['79001', ['79003'], ['200000002']],
    ]);
    expect(crosswalkProblems(links)).toEqual([]);
  });

  it('lists every 2008 commune that does not land in exactly one EPCI', () => {
    const links = linkCommunes(
      [
        { insee: '16106', name: 'Confolens' },
        { insee: '86001', name: 'Isolée' },
        { insee: '86002', name: 'Partagée' },
        { insee: '86999', name: 'Disparue' },
      ],
      history,
      epcis,
    );
    expect(crosswalkProblems(links)).toEqual([
      '2008 commune 86001 (Isolée): current commune 86001 is in no EPCI of 2026',
      '2008 commune 86002 (Partagée): current commune 86002 is in several EPCIs of 2026: 200000001, 200000002',
      '2008 commune 86999 (Disparue): no current commune in the INSEE history',
    ]);
  });

  noteSkipIfNoSharedGeo('epci build check on the real inputs');
  it.skipIf(!hasSharedGeo)('stops npm run geo, naming the commune, when one has no successor', async () => {
    const inputs = readGeoInputs(sharedGeoDir, projectRoot);
    inputs.communes.push({ ...inputs.communes[0], insee: '16999', name: 'Fictive' });
    const grid = JSON.parse(readText('geo/territories.topojson')).transform;
    const error = await buildEpci2026(inputs, grid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeoInputError);
    expect((error as GeoInputError).problems).toEqual(['2008 commune 16999 (Fictive): no current commune in the INSEE history']);
  });

  it('reports a 2008 commune split between two current communes', () => {
    const split = [record('17001', 'A', { anciensCodes: ['17100'] }), record('17002', 'B', { anciensCodes: ['17100'] })];
    const links = linkCommunes([{ insee: '17100', name: 'Défaite' }], split, []);
    expect(crosswalkProblems(links)).toEqual(['2008 commune 17100 (Défaite): split between current communes 17001, 17002']);
  });
});
